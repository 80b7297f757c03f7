package org.unionhall.domain.treasury;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** The bytes of an uploaded file of evidence, kept apart so that lists of evidence never load them. */
@Entity
@Table(name = "grant_evidence_content")
@Access(AccessType.FIELD)
public class EvidenceContent {
    @Id
    @Column(name = "evidence_id", length = 36)
    private String evidenceId;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    /** For JPA only. */
    protected EvidenceContent() {
    }

    /** The content of the evidence with this id. */
    public EvidenceContent(UUID evidence, byte[] content) {
        this.evidenceId = evidence.toString();
        this.content = Objects.requireNonNull(content).clone();
    }

    /** The bytes. */
    public byte[] content() {
        return content.clone();
    }
}
