package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.Nomination;
import org.unionhall.domain.motion.NominationId;
import org.unionhall.domain.motion.NominationStatus;
import org.unionhall.domain.motion.Nominations;

/** Nominations in the {@code nomination} table. */
@ApplicationScoped
public class JpaNominations extends JpaRepository implements Nominations {

    /** For CDI. */
    protected JpaNominations() {
    }

    /** For Java SE use. */
    public JpaNominations(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Nomination> find(NominationId id) {
        return Optional.ofNullable(em.find(Nomination.class, id.toString()));
    }

    @Override
    public List<Nomination> ofElection(MotionId election) {
        return em.createQuery("SELECT n FROM Nomination n WHERE n.motionId = :m ORDER BY n.nominatedAt, n.id",
                        Nomination.class)
                .setParameter("m", election.toString())
                .getResultList();
    }

    @Override
    public List<Nomination> awaitingAnswerOf(MemberId nominee) {
        return em.createQuery("SELECT n FROM Nomination n WHERE n.nomineeId = :m AND n.status = :s "
                        + "ORDER BY n.nominatedAt", Nomination.class)
                .setParameter("m", nominee.toString())
                .setParameter("s", NominationStatus.AWAITING_ANSWER)
                .getResultList();
    }

    @Override
    public void add(Nomination nomination) {
        persistNow(nomination);
    }
}
