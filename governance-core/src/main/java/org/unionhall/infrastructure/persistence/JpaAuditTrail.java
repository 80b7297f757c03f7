package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.audit.AuditTrail;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.UnionId;

/** The audit trail in the {@code audit_entry} table; insert-only. */
@ApplicationScoped
public class JpaAuditTrail extends JpaRepository implements AuditTrail {

    /** For CDI. */
    protected JpaAuditTrail() {
    }

    /** For Java SE use. */
    public JpaAuditTrail(EntityManager em) {
        super(em);
    }

    @Override
    public void append(AuditEntry entry) {
        persistNow(entry);
    }

    /** Flushes once for all: a flush per entry compares every entry the transaction holds, each time. */
    @Override
    public void appendAll(List<AuditEntry> entries) {
        entries.forEach(em::persist);
        em.flush();
    }

    @Override
    public List<AuditEntry> ofChapter(ChapterId chapter, int offset, int limit) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.chapterId = :c "
                        + "ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
                .setParameter("c", chapter.toString())
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOfChapter(ChapterId chapter) {
        return em.createQuery("SELECT COUNT(a.id) FROM AuditEntry a WHERE a.chapterId = :c", Long.class)
                .setParameter("c", chapter.toString()).getSingleResult();
    }

    @Override
    public List<AuditEntry> ofUnion(UnionId union, int offset, int limit) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.unionId = :u "
                        + "ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
                .setParameter("u", union.toString())
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOfUnion(UnionId union) {
        return em.createQuery("SELECT COUNT(a.id) FROM AuditEntry a WHERE a.unionId = :u", Long.class)
                .setParameter("u", union.toString()).getSingleResult();
    }
}
