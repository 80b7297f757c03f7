package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Membership;

/**
 * The memberships and mandates of the members who acted lately, each kept with the member's
 * powers stamp it was read at ({@link ReadStamps}, {@link KeptReads}): a request is given them
 * only while the stamp its transaction sees is the same, so a mandate ended or a suspension on
 * any node counts at the caller's next request. The entities kept are detached and only read.
 */
@ApplicationScoped
public class KeptPowers {
    /** The most memberships and mandates kept over all members; the least used go first. */
    static final int MAX_ROWS = 200_000;

    private KeptReads<MemberId, Held> kept;

    /** What a member holds: every membership and mandate of theirs, whatever its state or term. */
    record Held(List<Membership> memberships, List<Mandate> mandates) {

        /** Reads what the member holds with the entity manager. */
        static Held read(EntityManager em, MemberId member) {
            return new Held(JpaMemberships.ofMember(em, member), JpaMandates.ofMember(em, member));
        }

        int size() {
            return 1 + memberships.size() + mandates.size();
        }
    }

    /** For CDI's proxy. */
    protected KeptPowers() {
    }

    /** @param reads reads what a member holds from committed rows, in a transaction of its own */
    @Inject
    public KeptPowers(CommittedReads reads) {
        this.kept = new KeptReads<>(member -> reads.read(em -> {
            Optional<Long> stamp = JpaMembers.powersStamp(em, member);
            return stamp.map(s -> new KeptReads.Read<>(s, Held.read(em, member))).orElse(null);
        }), Held::size, MAX_ROWS);
    }

    /** What the member holds at the stamp the caller's transaction sees, or nothing when the caller must read it. */
    Optional<Held> at(MemberId member, long stamp) {
        return kept.at(member, stamp);
    }
}
