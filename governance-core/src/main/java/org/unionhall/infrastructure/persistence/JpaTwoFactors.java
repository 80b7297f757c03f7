package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.account.RecoveryCode;
import org.unionhall.domain.account.TwoFactor;
import org.unionhall.domain.account.TwoFactors;
import org.unionhall.domain.membership.MemberId;

/** Second factors and recovery codes in the {@code two_factor} and {@code recovery_code} tables. */
@ApplicationScoped
public class JpaTwoFactors extends JpaRepository implements TwoFactors {

    /** For CDI. */
    protected JpaTwoFactors() {
    }

    /** For Java SE use. */
    public JpaTwoFactors(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<TwoFactor> forUpdate(MemberId member) {
        TwoFactor found = em.find(TwoFactor.class, member.toString());
        if (found != null) {
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(found);
    }

    @Override
    public boolean isOn(MemberId member) {
        return !em.createQuery("SELECT t.memberId FROM TwoFactor t WHERE t.memberId = :m AND t.confirmedAt IS NOT NULL",
                String.class).setParameter("m", member.toString()).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(TwoFactor twoFactor) {
        persistNow(twoFactor);
    }

    @Override
    public void remove(MemberId member) {
        em.createQuery("DELETE FROM RecoveryCode c WHERE c.memberId = :m").setParameter("m", member.toString())
                .executeUpdate();
        TwoFactor found = em.find(TwoFactor.class, member.toString());
        if (found != null) {
            em.remove(found);
        }
        em.flush();
    }

    @Override
    public void replaceRecoveryCodes(MemberId member, List<RecoveryCode> codes) {
        em.createQuery("DELETE FROM RecoveryCode c WHERE c.memberId = :m").setParameter("m", member.toString())
                .executeUpdate();
        codes.forEach(em::persist);
        em.flush();
    }

    @Override
    public Optional<RecoveryCode> recoveryCode(MemberId member, String digest) {
        RecoveryCode found = em.find(RecoveryCode.class, digest);
        if (found == null || !found.member().equals(member)) {
            return Optional.empty();
        }
        em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(found);
    }

    @Override
    public long recoveryCodesLeft(MemberId member) {
        return em.createQuery("SELECT COUNT(c) FROM RecoveryCode c WHERE c.memberId = :m AND c.usedAt IS NULL",
                Long.class).setParameter("m", member.toString()).getSingleResult();
    }
}
