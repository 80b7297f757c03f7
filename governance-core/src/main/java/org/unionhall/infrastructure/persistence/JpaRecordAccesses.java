package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.privacy.RecordAccess;
import org.unionhall.domain.privacy.RecordAccesses;

/**
 * Who looked at or exported a member's record, in the {@code record_access} table. A steward who
 * pages through the roll again and again sees the same records for the same reason: such a view
 * is written at most once an hour per node (kept in memory here), so reading a list costs no
 * writes after the first time; every export is written.
 */
@ApplicationScoped
public class JpaRecordAccesses extends JpaRepository implements RecordAccesses {
    static final Duration NOTED_FOR = Duration.ofHours(1);
    private static final int MAX_NOTED = 200_000;

    private final Map<String, Instant> noted = new ConcurrentHashMap<>();

    /** For CDI. */
    protected JpaRecordAccesses() {
    }

    /** For Java SE use. */
    public JpaRecordAccesses(EntityManager em) {
        super(em);
    }

    @Override
    public void add(Collection<RecordAccess> accesses) {
        if (noted.size() > MAX_NOTED) {
            noted.clear();
        }
        for (RecordAccess access : accesses) {
            if (access.kind() != RecordAccess.Kind.VIEWED || firstViewThisHour(access)) {
                em.persist(access);
            }
        }
    }

    private boolean firstViewThisHour(RecordAccess view) {
        String key = view.member() + "|" + view.viewer() + "|" + view.what();
        Instant at = view.occurredAt();
        Instant before = noted.get(key);
        if (before != null && at.isBefore(before.plus(NOTED_FOR)) && !at.isBefore(before)) {
            return false;
        }
        noted.put(key, at);
        return true;
    }

    @Override
    public List<RecordAccess> ofMember(MemberId member) {
        return em.createQuery("SELECT a FROM RecordAccess a WHERE a.memberId = :m ORDER BY a.occurredAt DESC, a.id",
                RecordAccess.class).setParameter("m", member.toString()).getResultList();
    }
}
