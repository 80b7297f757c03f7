package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.unionhall.domain.installation.Installation;
import org.unionhall.domain.installation.Installations;
import org.unionhall.domain.installation.SetupLink;

/** The {@code installation} row and the {@code setup_link} table. */
@ApplicationScoped
public class JpaInstallations extends JpaRepository implements Installations {
    /**
     * What the databases answer when a lock was not had in time: H2's lock timeout (one second by
     * default), PostgreSQL's {@code lock_not_available} and {@code query_canceled} (lock_timeout,
     * statement_timeout).
     */
    private static final Set<String> LOCK_NOT_HAD = Set.of("HYT00", "55P03", "57014");

    /** For CDI. */
    protected JpaInstallations() {
    }

    /** For Java SE use. */
    public JpaInstallations(EntityManager em) {
        super(em);
    }

    @Override
    public Installation read() {
        return present(em.find(Installation.class, Installation.ID));
    }

    /**
     * Locks the row and reads it afresh under the lock: this transaction may have read it before
     * someone else founded the installation, and a plain locking find of a row already read would
     * fail on its changed version instead of showing the change.
     */
    @Override
    public Optional<Installation> lock() {
        try {
            Installation installation = present(em.find(Installation.class, Installation.ID));
            em.refresh(installation, LockModeType.PESSIMISTIC_WRITE);
            return Optional.of(installation);
        } catch (PessimisticLockException | LockTimeoutException busy) {
            return Optional.empty();
        } catch (PersistenceException e) {
            if (lockNotHad(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public boolean holdsAnything() {
        return !em.createQuery("SELECT f.id FROM Federation f", String.class).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("SELECT u.id FROM TradeUnion u", String.class).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("SELECT m.id FROM UnionMember m", String.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** Read from the database even when this transaction read it before, as the founder may have waited for the lock. */
    @Override
    public Optional<SetupLink> setupLink(String tokenDigest) {
        return first(em.createQuery("SELECT l FROM SetupLink l WHERE l.tokenDigest = :digest", SetupLink.class)
                .setParameter("digest", tokenDigest).setHint("eclipselink.refresh", "true"));
    }

    @Override
    public void replaceSetupLinks(SetupLink link) {
        em.createQuery("DELETE FROM SetupLink l").executeUpdate();
        persistNow(link);
    }

    private static Installation present(Installation installation) {
        if (installation == null) {
            throw new IllegalStateException("The installation row is missing; migration V50 writes it");
        }
        return installation;
    }

    private static boolean lockNotHad(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && LOCK_NOT_HAD.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
