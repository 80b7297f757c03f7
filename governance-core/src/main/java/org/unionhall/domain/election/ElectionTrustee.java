package org.unionhall.domain.election;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.unionhall.domain.membership.MemberId;

/** A member named trustee of an election, with their number 1..n in a ceremony round. */
@Entity
@Table(name = "election_trustee")
@Access(AccessType.FIELD)
public class ElectionTrustee {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "election_id", nullable = false, length = 36)
    private String electionId;

    @Column(name = "ceremony_round", nullable = false)
    private int round;

    @Column(name = "trustee_index", nullable = false)
    private int index;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    /** For JPA only. */
    protected ElectionTrustee() {
    }

    /** Trustee number {@code index} of round {@code round}. */
    public ElectionTrustee(ElectionId election, int round, int index, MemberId member) {
        if (index < 1 || index > Election.MAX_TRUSTEES || round < 1) {
            throw new IllegalArgumentException("trustee index or round out of range");
        }
        this.id = UUID.randomUUID().toString();
        this.electionId = election.toString();
        this.round = round;
        this.index = index;
        this.memberId = Objects.requireNonNull(member).toString();
    }

    /** The ceremony round. */
    public int round() {
        return round;
    }

    /** The trustee number 1..n. */
    public int index() {
        return index;
    }

    /** The member. */
    public MemberId member() {
        return MemberId.of(memberId);
    }
}
