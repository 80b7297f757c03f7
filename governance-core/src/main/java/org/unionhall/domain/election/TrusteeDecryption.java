package org.unionhall.domain.election;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** A trustee's checked partial decryption of the tally (protocol §6.6), in record form. */
@Entity
@Table(name = "election_decryption")
@Access(AccessType.FIELD)
public class TrusteeDecryption {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "election_id", nullable = false, length = 36)
    private String electionId;

    @Column(name = "trustee_index", nullable = false)
    private int trustee;

    @Column(name = "body", nullable = false, length = 1000000)
    private String body;

    /** For JPA only. */
    protected TrusteeDecryption() {
    }

    /** Trustee {@code trustee}'s partials as the canonical JSON object {partials, trustee}. */
    public TrusteeDecryption(ElectionId election, int trustee, String body) {
        this.id = UUID.randomUUID().toString();
        this.electionId = election.toString();
        this.trustee = trustee;
        this.body = Objects.requireNonNull(body);
    }

    /** The trustee number. */
    public int trustee() {
        return trustee;
    }

    /** {partials, trustee} as canonical JSON. */
    public String body() {
        return body;
    }
}
