package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.congress.CongressVote;
import org.unionhall.domain.congress.CongressVoteStatus;
import org.unionhall.domain.congress.CongressVotes;
import org.unionhall.domain.motion.MotionId;

/** Congress roll calls in {@code congress_vote} and its chapter, seat, instruction and ballot tables. */
@ApplicationScoped
public class JpaCongressVotes extends JpaRepository implements CongressVotes {

    /** For CDI. */
    protected JpaCongressVotes() {
    }

    /** For Java SE use. */
    public JpaCongressVotes(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<CongressVote> ofMotion(MotionId motion) {
        return first(em.createQuery("SELECT v FROM CongressVote v WHERE v.motionId = :m", CongressVote.class)
                .setParameter("m", motion.toString()));
    }

    @Override
    public List<CongressVote> openClosingBetween(Instant from, Instant to) {
        return em.createQuery("SELECT v FROM CongressVote v WHERE v.status = :s AND v.closesAt >= :from "
                        + "AND v.closesAt < :to", CongressVote.class)
                .setParameter("s", CongressVoteStatus.OPEN)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public void add(CongressVote vote) {
        persistNow(vote);
    }
}
