package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.federation.ActorKeys;
import org.unionhall.domain.federation.Delivery;
import org.unionhall.domain.federation.DeliveryOutcome;
import org.unionhall.domain.federation.DeliveryStatus;
import org.unionhall.domain.federation.FederationRecords;
import org.unionhall.domain.federation.Follower;
import org.unionhall.domain.federation.ReceivedActivity;
import org.unionhall.domain.membership.UnionId;

/** The federation's records in the {@code federation_*} tables (V88). */
@ApplicationScoped
public class JpaFederationRecords extends JpaRepository implements FederationRecords {

    /** For CDI. */
    protected JpaFederationRecords() {
    }

    /** For Java SE use. */
    public JpaFederationRecords(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<ActorKeys> keys(String actorName) {
        return Optional.ofNullable(em.find(ActorKeys.class, actorName));
    }

    @Override
    public void addKeys(ActorKeys keys) {
        persistNow(keys);
    }

    @Override
    public boolean recordReceived(ReceivedActivity activity) {
        if (received(activity.activityId())) {
            return false;
        }
        persistNow(activity);
        return true;
    }

    @Override
    public boolean received(URI activityId) {
        return em.find(ReceivedActivity.class, ReceivedActivity.keyOf(activityId)) != null;
    }

    @Override
    public List<Follower> followers(UnionId union) {
        return em.createQuery("SELECT f FROM Follower f WHERE f.unionId = :u ORDER BY f.followedAt, f.id", Follower.class)
                .setParameter("u", union.toString()).getResultList();
    }

    @Override
    public long followerCount(UnionId union) {
        return em.createQuery("SELECT COUNT(f) FROM Follower f WHERE f.unionId = :u", Long.class)
                .setParameter("u", union.toString()).getSingleResult();
    }

    @Override
    public Optional<Follower> follower(UnionId union, URI actor) {
        return first(em.createQuery("SELECT f FROM Follower f WHERE f.unionId = :u AND f.actorKey = :k", Follower.class)
                .setParameter("u", union.toString()).setParameter("k", Follower.keyOf(actor)));
    }

    @Override
    public void addFollower(Follower follower) {
        if (follower(follower.unionId(), follower.actor()).isEmpty()) {
            persistNow(follower);
        }
    }

    @Override
    public boolean removeFollower(UnionId union, URI actor) {
        return em.createQuery("DELETE FROM Follower f WHERE f.unionId = :u AND f.actorKey = :k")
                .setParameter("u", union.toString()).setParameter("k", Follower.keyOf(actor)).executeUpdate() > 0;
    }

    @Override
    public boolean queue(Delivery delivery) {
        long present = em.createQuery("SELECT COUNT(d) FROM Delivery d WHERE d.deliveryKey = :k", Long.class)
                .setParameter("k", Delivery.keyOf(delivery.activityId(), delivery.inbox())).getSingleResult();
        if (present > 0) {
            return false;
        }
        persistNow(delivery);
        return true;
    }

    @Override
    public Optional<Delivery> delivery(String id) {
        return Optional.ofNullable(em.find(Delivery.class, id));
    }

    @Override
    public List<Delivery> deliveriesOf(URI activityId) {
        return em.createQuery("SELECT d FROM Delivery d WHERE d.activityId = :a ORDER BY d.inboxUri", Delivery.class)
                .setParameter("a", activityId.toString()).getResultList();
    }

    @Override
    public List<Delivery> due(Instant now, int limit) {
        return em.createQuery("SELECT d FROM Delivery d WHERE d.status = :s AND d.nextAttemptAt <= :now "
                        + "ORDER BY d.nextAttemptAt, d.id", Delivery.class)
                .setParameter("s", DeliveryStatus.PENDING).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claim(String deliveryId, int attemptsSeen, Instant until) {
        return em.createQuery("UPDATE Delivery d SET d.attempts = d.attempts + 1, d.nextAttemptAt = :until, "
                        + "d.version = d.version + 1 WHERE d.id = :id AND d.status = :s AND d.attempts = :seen")
                .setParameter("until", until).setParameter("id", deliveryId).setParameter("s", DeliveryStatus.PENDING)
                .setParameter("seen", attemptsSeen).executeUpdate() == 1;
    }

    @Override
    public void settle(String deliveryId, DeliveryOutcome outcome) {
        if (outcome instanceof DeliveryOutcome.Delivered done) {
            em.createQuery("UPDATE Delivery d SET d.status = :s, d.finishedAt = :at, d.lastFailure = NULL, "
                            + "d.version = d.version + 1 WHERE d.id = :id AND d.status = :pending")
                    .setParameter("s", DeliveryStatus.DELIVERED).setParameter("at", done.at())
                    .setParameter("id", deliveryId).setParameter("pending", DeliveryStatus.PENDING).executeUpdate();
        } else if (outcome instanceof DeliveryOutcome.RetryAt retry) {
            em.createQuery("UPDATE Delivery d SET d.nextAttemptAt = :at, d.lastFailure = :why, "
                            + "d.version = d.version + 1 WHERE d.id = :id AND d.status = :pending")
                    .setParameter("at", retry.next()).setParameter("why", cut(retry.reason()))
                    .setParameter("id", deliveryId).setParameter("pending", DeliveryStatus.PENDING).executeUpdate();
        } else if (outcome instanceof DeliveryOutcome.GivenUp gone) {
            em.createQuery("UPDATE Delivery d SET d.status = :s, d.finishedAt = :at, d.lastFailure = :why, "
                            + "d.version = d.version + 1 WHERE d.id = :id AND d.status = :pending")
                    .setParameter("s", DeliveryStatus.GIVEN_UP).setParameter("at", gone.at())
                    .setParameter("why", cut(gone.reason())).setParameter("id", deliveryId)
                    .setParameter("pending", DeliveryStatus.PENDING).executeUpdate();
        }
    }

    private static String cut(String reason) {
        return reason.length() > 500 ? reason.substring(0, 499) + "…" : reason;
    }

    @Override
    public long countDeliveries(DeliveryStatus status) {
        return em.createQuery("SELECT COUNT(d) FROM Delivery d WHERE d.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    @Override
    public Optional<String> signatureStyle(String host) {
        List<?> rows = em.createNativeQuery("SELECT signature_style FROM federation_peer WHERE host = ?1")
                .setParameter(1, host).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).toString());
    }

    @Override
    public void rememberSignatureStyle(String host, String style, Instant now) {
        Timestamp at = Timestamp.from(now);
        int updated = em.createNativeQuery("UPDATE federation_peer SET signature_style = ?1, updated_at = ?2 WHERE host = ?3")
                .setParameter(1, style).setParameter(2, at).setParameter(3, host).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO federation_peer (host, signature_style, updated_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, host).setParameter(2, style).setParameter(3, at).executeUpdate();
        }
    }

    @Override
    public boolean recordAnnouncement(String subjectId, String kind, UnionId union, URI activityId, Instant now) {
        List<?> present = em.createNativeQuery("SELECT kind FROM federation_announcement WHERE subject_id = ?1 AND kind = ?2")
                .setParameter(1, subjectId).setParameter(2, kind).getResultList();
        if (!present.isEmpty()) {
            return false;
        }
        em.createNativeQuery("INSERT INTO federation_announcement (subject_id, kind, union_id, activity_id, announced_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, subjectId).setParameter(2, kind).setParameter(3, union.toString())
                .setParameter(4, activityId.toString()).setParameter(5, Timestamp.from(now)).executeUpdate();
        return true;
    }

    @Override
    public List<OpenVote> unannouncedVotes(int limit) {
        List<?> rows = em.createNativeQuery("SELECT m.id, m.union_id, m.voting_closes FROM motion m "
                        + "WHERE m.status = 'VOTING' AND m.scope = 'UNION' AND m.union_id IS NOT NULL AND NOT EXISTS "
                        + "(SELECT 1 FROM federation_announcement a WHERE a.subject_id = m.id AND a.kind = 'VOTE_OPENED') "
                        + "ORDER BY m.id")
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new OpenVote(r[0].toString(), UnionId.of(r[1].toString()),
                Optional.ofNullable(r[2]).map(JpaFederationRecords::instant))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return OffsetDateTime.parse(value.toString().replace(' ', 'T')).withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
