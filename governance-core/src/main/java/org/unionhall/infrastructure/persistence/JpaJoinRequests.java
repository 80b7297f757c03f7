package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.JoinRequest;
import org.unionhall.domain.membership.JoinRequestId;
import org.unionhall.domain.membership.JoinRequestStatus;
import org.unionhall.domain.membership.JoinRequests;
import org.unionhall.domain.membership.MemberId;

/** Join requests in the {@code join_request} table. */
@ApplicationScoped
public class JpaJoinRequests extends JpaRepository implements JoinRequests {

    /** For CDI. */
    protected JpaJoinRequests() {
    }

    /** For Java SE use. */
    public JpaJoinRequests(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<JoinRequest> find(JoinRequestId id) {
        return Optional.ofNullable(em.find(JoinRequest.class, id.toString()));
    }

    @Override
    public Optional<JoinRequest> pending(MemberId member, ChapterId chapter) {
        return first(em.createQuery("SELECT r FROM JoinRequest r WHERE r.memberId = :m AND r.chapterId = :c "
                        + "AND r.status = :s", JoinRequest.class)
                .setParameter("m", member.toString())
                .setParameter("c", chapter.toString())
                .setParameter("s", JoinRequestStatus.PENDING));
    }

    @Override
    public List<JoinRequest> pendingIn(Collection<ChapterId> chapters) {
        if (chapters.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM JoinRequest r WHERE r.chapterId IN :c AND r.status = :s "
                        + "ORDER BY r.requestedAt, r.id", JoinRequest.class)
                .setParameter("c", chapters.stream().map(ChapterId::toString).toList())
                .setParameter("s", JoinRequestStatus.PENDING)
                .getResultList();
    }

    @Override
    public List<JoinRequest> pendingOf(MemberId member) {
        return em.createQuery("SELECT r FROM JoinRequest r WHERE r.memberId = :m AND r.status = :s "
                        + "ORDER BY r.requestedAt, r.id", JoinRequest.class)
                .setParameter("m", member.toString())
                .setParameter("s", JoinRequestStatus.PENDING)
                .getResultList();
    }

    @Override
    public void add(JoinRequest request) {
        persistNow(request);
    }
}
