package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.privacy.RecordAccess;
import org.unionhall.domain.privacy.RecordAccesses;

/** Who looked at or exported a member's record, in the {@code record_access} table. */
@ApplicationScoped
public class JpaRecordAccesses extends JpaRepository implements RecordAccesses {

    /** For CDI. */
    protected JpaRecordAccesses() {
    }

    /** For Java SE use. */
    public JpaRecordAccesses(EntityManager em) {
        super(em);
    }

    @Override
    public void add(Collection<RecordAccess> accesses) {
        accesses.forEach(em::persist);
    }

    @Override
    public List<RecordAccess> ofMember(MemberId member) {
        return em.createQuery("SELECT a FROM RecordAccess a WHERE a.memberId = :m ORDER BY a.occurredAt DESC, a.id",
                RecordAccess.class).setParameter("m", member.toString()).getResultList();
    }
}
