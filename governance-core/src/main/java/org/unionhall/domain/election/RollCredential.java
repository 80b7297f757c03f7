package org.unionhall.domain.election;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * One public voting credential on an election's roll with its weight (protocol §7.2). It holds
 * no member id and no time: the roll cannot be joined to the voter list.
 */
@Entity
@Table(name = "election_credential")
@Access(AccessType.FIELD)
public class RollCredential {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "election_id", nullable = false, length = 36)
    private String electionId;

    @Column(name = "credential", nullable = false, length = 44)
    private String credential;

    @Column(name = "weight", nullable = false)
    private long weight;

    /** For JPA only. */
    protected RollCredential() {
    }

    /**
     * @param credential enc(X) in base64url, already decoded and checked as a group element
     * @param weight 1 for a member
     */
    public RollCredential(ElectionId election, String credential, long weight) {
        if (weight < 1 || weight > 1_000_000) {
            throw new IllegalArgumentException("weight out of range");
        }
        this.id = UUID.randomUUID().toString();
        this.electionId = election.toString();
        this.credential = Objects.requireNonNull(credential);
        this.weight = weight;
    }

    /** enc(X), base64url. */
    public String credential() {
        return credential;
    }

    /** Its weight. */
    public long weight() {
        return weight;
    }
}
