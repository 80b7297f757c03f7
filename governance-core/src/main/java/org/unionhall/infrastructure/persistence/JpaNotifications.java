package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.notification.Notification;
import org.unionhall.domain.notification.NotificationId;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.notification.Notifications;

/** Notifications in the {@code notification} table. */
@ApplicationScoped
public class JpaNotifications extends JpaRepository implements Notifications {

    /** For CDI. */
    protected JpaNotifications() {
    }

    /** For Java SE use. */
    public JpaNotifications(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Notification> find(NotificationId id) {
        return Optional.ofNullable(em.find(Notification.class, id.toString()));
    }

    @Override
    public List<Notification> ofMember(MemberId member, int offset, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.memberId = :m ORDER BY n.createdAt DESC, n.id",
                        Notification.class)
                .setParameter("m", member.toString())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOfMember(MemberId member) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.memberId = :m", Long.class)
                .setParameter("m", member.toString())
                .getSingleResult();
    }

    @Override
    public long unreadCount(MemberId member) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.memberId = :m AND n.readAt IS NULL",
                        Long.class)
                .setParameter("m", member.toString())
                .getSingleResult();
    }

    @Override
    public boolean alreadySent(MotionId motion, NotificationKind kind) {
        return !em.createQuery("SELECT n.id FROM Notification n WHERE n.motionId = :m AND n.kind = :k", String.class)
                .setParameter("m", motion.toString())
                .setParameter("k", kind)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }
}
