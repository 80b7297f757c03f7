package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.unionhall.domain.account.PasswordReset;
import org.unionhall.domain.account.PasswordResets;
import org.unionhall.domain.membership.MemberId;

/** Password reset requests in the {@code password_reset} table. */
@ApplicationScoped
public class JpaPasswordResets extends JpaRepository implements PasswordResets {

    /** For CDI. */
    protected JpaPasswordResets() {
    }

    /** For Java SE use. */
    public JpaPasswordResets(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<PasswordReset> find(String tokenDigest) {
        return Optional.ofNullable(em.find(PasswordReset.class, tokenDigest));
    }

    @Override
    public Optional<PasswordReset> findForUse(String tokenDigest) {
        PasswordReset found = em.find(PasswordReset.class, tokenDigest);
        if (found != null) {
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(found);
    }

    @Override
    public void add(PasswordReset reset) {
        persistNow(reset);
    }

    @Override
    public long countForAddressSince(String addressDigest, Instant since) {
        return em.createQuery("SELECT COUNT(r) FROM PasswordReset r WHERE r.addressDigest = :a AND r.requestedAt >= :s",
                Long.class).setParameter("a", addressDigest).setParameter("s", since).getSingleResult();
    }

    @Override
    public int forgetMember(MemberId member, String exceptDigest) {
        return em.createQuery("DELETE FROM PasswordReset r WHERE r.memberId = :m AND r.tokenDigest <> :keep")
                .setParameter("m", member.toString()).setParameter("keep", exceptDigest).executeUpdate();
    }

    @Override
    public void forgetRequestedBefore(Instant before) {
        em.createQuery("DELETE FROM PasswordReset r WHERE r.requestedAt < :b").setParameter("b", before)
                .executeUpdate();
    }
}
