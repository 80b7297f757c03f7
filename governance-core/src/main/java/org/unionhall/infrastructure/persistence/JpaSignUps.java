package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.unionhall.domain.account.SignUp;
import org.unionhall.domain.account.SignUps;

/** Sign-ups waiting for their confirmation, in the {@code sign_up} table. */
@ApplicationScoped
public class JpaSignUps extends JpaRepository implements SignUps {

    /** For CDI. */
    protected JpaSignUps() {
    }

    /** For Java SE use. */
    public JpaSignUps(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<SignUp> find(String tokenDigest) {
        return Optional.ofNullable(em.find(SignUp.class, tokenDigest));
    }

    @Override
    public Optional<SignUp> findForUse(String tokenDigest) {
        SignUp found = em.find(SignUp.class, tokenDigest);
        if (found != null) {
            try {
                em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
            } catch (jakarta.persistence.EntityNotFoundException gone) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public void add(SignUp signUp) {
        persistNow(signUp);
    }

    @Override
    public void remove(SignUp signUp) {
        em.remove(signUp);
        em.flush();
    }

    @Override
    public long countForAddressSince(String addressDigest, Instant since) {
        return em.createQuery("SELECT COUNT(s) FROM SignUp s WHERE s.addressDigest = :a AND s.requestedAt >= :s",
                Long.class).setParameter("a", addressDigest).setParameter("s", since).getSingleResult();
    }

    @Override
    public int forgetExpiredBefore(Instant before) {
        return em.createQuery("DELETE FROM SignUp s WHERE s.expiresAt < :b").setParameter("b", before).executeUpdate();
    }
}
