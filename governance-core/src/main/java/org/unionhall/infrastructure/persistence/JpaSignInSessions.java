package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.account.SignInSession;
import org.unionhall.domain.account.SignInSessions;
import org.unionhall.domain.account.TrustedDevice;
import org.unionhall.domain.membership.MemberId;

/** Sign-in sessions and trusted devices in the {@code sign_in_session} and {@code trusted_device} tables. */
@ApplicationScoped
public class JpaSignInSessions extends JpaRepository implements SignInSessions {

    /** For CDI. */
    protected JpaSignInSessions() {
    }

    /** For Java SE use. */
    public JpaSignInSessions(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<SignInSession> session(String tokenDigest) {
        return Optional.ofNullable(em.find(SignInSession.class, tokenDigest));
    }

    @Override
    public void add(SignInSession session) {
        persistNow(session);
    }

    @Override
    public void end(String tokenDigest) {
        em.createQuery("DELETE FROM SignInSession s WHERE s.tokenDigest = :digest")
                .setParameter("digest", tokenDigest).executeUpdate();
    }

    @Override
    public void forgetEnded(Instant idleSince, Instant startedBefore) {
        em.createQuery("DELETE FROM SignInSession s WHERE s.lastSeenAt < :idle OR s.startedAt < :started")
                .setParameter("idle", idleSince).setParameter("started", startedBefore).executeUpdate();
    }

    @Override
    public Optional<TrustedDevice> device(String tokenDigest) {
        return Optional.ofNullable(em.find(TrustedDevice.class, tokenDigest));
    }

    @Override
    public void add(TrustedDevice device) {
        persistNow(device);
    }

    @Override
    public void forgetDevicesUnusedSince(Instant since) {
        em.createQuery("DELETE FROM TrustedDevice d WHERE d.lastSignInAt < :since")
                .setParameter("since", since).executeUpdate();
    }

    @Override
    public int endAllOf(MemberId member, Optional<String> keepSession, Optional<String> keepDevice) {
        int ended = em.createQuery("DELETE FROM SignInSession s WHERE s.memberId = :m AND s.tokenDigest <> :keep")
                .setParameter("m", member.toString()).setParameter("keep", keepSession.orElse(""))
                .executeUpdate();
        em.createQuery("DELETE FROM TrustedDevice d WHERE d.memberId = :m AND d.tokenDigest <> :keep")
                .setParameter("m", member.toString()).setParameter("keep", keepDevice.orElse(""))
                .executeUpdate();
        return ended;
    }

    @Override
    public List<SignInSession> ofMember(MemberId member) {
        return em.createQuery("SELECT s FROM SignInSession s WHERE s.memberId = :m ORDER BY s.startedAt DESC",
                SignInSession.class).setParameter("m", member.toString()).getResultList();
    }

    @Override
    public void withdrawSecondFactor(MemberId member) {
        ofMember(member).forEach(SignInSession::secondFactorWithdrawn);
    }

    @Override
    public void remove(SignInSession session) {
        em.remove(session);
        em.flush();
    }
}
