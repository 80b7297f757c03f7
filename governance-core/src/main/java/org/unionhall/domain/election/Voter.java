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

/**
 * That a member registered a voting credential in an election, and whether they voted. It holds
 * no credential, no time and no board position: nothing links the member to a ballot.
 */
@Entity
@Table(name = "election_voter")
@Access(AccessType.FIELD)
public class Voter {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "election_id", nullable = false, length = 36)
    private String electionId;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "has_voted", nullable = false)
    private boolean hasVoted;

    /** For JPA only. */
    protected Voter() {
    }

    /** A member who just registered. */
    public Voter(ElectionId election, MemberId member) {
        this.id = UUID.randomUUID().toString();
        this.electionId = election.toString();
        this.memberId = Objects.requireNonNull(member).toString();
    }

    /** Marks that the member cast a ballot (any number of times). */
    public void voted() {
        hasVoted = true;
    }

    /** The member. */
    public MemberId member() {
        return MemberId.of(memberId);
    }

    /** Whether they cast a ballot. */
    public boolean hasVoted() {
        return hasVoted;
    }
}
