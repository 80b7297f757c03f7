package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unionhall.domain.account.BrowserLabel;
import org.unionhall.domain.account.PasswordHasher;
import org.unionhall.domain.account.PasswordPolicy;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.account.SignInSession;
import org.unionhall.domain.account.SignInSessions;
import org.unionhall.domain.account.SignInToken;
import org.unionhall.domain.account.SignInThrottle;
import org.unionhall.domain.account.TrustedDevice;
import org.unionhall.domain.account.TwoFactors;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;

/**
 * Sign-in with Argon2id, throttled per account (keyed by the e-mail as typed, so unknown e-mails
 * are throttled the same way) and per remote address; an attempt from a device the account has
 * signed in on before is throttled on that device's count alone, so nobody else's failures keep
 * the member out. An unknown e-mail costs one Argon2 computation like a wrong password and gets
 * the same {@link SignInOutcome.Refused}. A throttled attempt is answered before any hashing, so
 * a flood cannot burn the server's CPU. Sessions and trusted devices are rows holding only the
 * digests of their tokens; ended ones are deleted when a new session starts.
 */
@ApplicationScoped
@Transactional
public class DefaultSignInService implements SignInService {
    private Stores stores;
    private PasswordHasher hasher;
    private SignInThrottle throttle;
    private SignInSessions sessions;
    private TwoFactors twoFactors;

    /** For CDI's proxy. */
    protected DefaultSignInService() {
    }

    /**
     * @param stores the repositories and clock
     * @param hasher the password hasher
     * @param throttle where failures are counted
     * @param sessions where sessions and trusted devices are kept
     * @param twoFactors whose sign-ins need a code after the password
     */
    @Inject
    public DefaultSignInService(Stores stores, PasswordHasher hasher, SignInThrottle throttle,
                                SignInSessions sessions, TwoFactors twoFactors) {
        this.stores = stores;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.twoFactors = twoFactors;
    }

    @Override
    public SignInOutcome signIn(String email, char[] password, String remoteAddress, String deviceToken) {
        Instant now = stores.time().now();
        String typed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Optional<Member> member = typed.isEmpty() || typed.length() > 254
                ? Optional.empty() : stores.members().findByEmail(typed);
        Optional<TrustedDevice> device = member.flatMap(m -> SignInToken.digestOfPresented(deviceToken)
                .flatMap(sessions::device).filter(d -> d.trusts(m.id(), now)));
        List<String> keys = device.isPresent() ? List.of(device.get().throttleKey())
                : List.of("account:" + (typed.length() > 254 ? typed.substring(0, 254) : typed),
                        "address:" + (remoteAddress == null ? "unknown" : remoteAddress));
        Optional<Duration> wait = keys.stream().flatMap(key -> throttle.waitFor(key, now).stream())
                .max(Comparator.naturalOrder());
        if (wait.isPresent()) {
            return new SignInOutcome.Throttled(wait.get());
        }
        char[] secret = password == null ? new char[0] : password;
        Optional<SignInAccount> account = member.flatMap(m -> stores.accounts().find(m.id()));
        boolean plausible = secret.length > 0 && secret.length <= PasswordPolicy.MAX_LENGTH * 2;
        boolean matches;
        if (account.isPresent() && plausible) {
            matches = hasher.verify(secret, account.get().passwordHash());
        } else {
            hasher.verifyNothing(plausible ? secret : new char[] {'-'});
            matches = false;
        }
        if (!matches) {
            keys.forEach(key -> throttle.failed(key, now));
            return new SignInOutcome.Refused();
        }
        throttle.succeeded(keys.get(0));
        if (hasher.needsRehash(account.get().passwordHash())) {
            account.get().replaceHash(hasher.hash(secret), now);
        }
        return new SignInOutcome.SignedIn(member.get().id(), member.get().displayName());
    }

    @Override
    public StartedSession startSession(MemberId member, String deviceToken) {
        return startSession(member, deviceToken, null);
    }

    @Override
    public StartedSession startSession(MemberId member, String deviceToken, String userAgent) {
        Instant now = stores.time().now();
        sessions.forgetEnded(now.minus(SignInSession.IDLE_LIMIT), now.minus(SignInSession.LIFETIME));
        sessions.forgetDevicesUnusedSince(now.minus(TrustedDevice.TRUSTED_FOR));
        boolean codeRequired = twoFactors.isOn(member);
        SignInToken session = SignInToken.generate();
        sessions.add(new SignInSession(session, member, now, BrowserLabel.of(userAgent), codeRequired));
        if (codeRequired) {
            // The browser is trusted only once the code is given.
            return new StartedSession(session.value(), deviceToken, true);
        }
        return new StartedSession(session.value(), trust(sessions, member, deviceToken, now), false);
    }

    /** Trusts the browser for the member (again), returning the device token it is to hold. */
    static String trust(SignInSessions sessions, MemberId member, String deviceToken, Instant now) {
        Optional<TrustedDevice> known = SignInToken.digestOfPresented(deviceToken).flatMap(sessions::device)
                .filter(d -> d.trusts(member, now));
        if (known.isPresent()) {
            known.get().signedInAt(now);
            return deviceToken;
        }
        SignInToken device = SignInToken.generate();
        sessions.add(new TrustedDevice(device, member, now));
        return device.value();
    }

    @Override
    public boolean requiresCode(MemberId member) {
        return twoFactors.isOn(member);
    }

    @Override
    public Optional<SignInOutcome.SignedIn> resumeSession(String sessionToken) {
        Instant now = stores.time().now();
        Optional<SignInSession> session = SignInToken.digestOfPresented(sessionToken).flatMap(sessions::session)
                .filter(s -> s.liveAt(now) && !s.awaitsCode());
        session.ifPresent(s -> s.seenAt(now));
        return session.flatMap(s -> stores.members().find(s.member())
                .map(m -> new SignInOutcome.SignedIn(m.id(), m.displayName(), s.passedSecondFactor())));
    }

    @Override
    public void endSession(String sessionToken) {
        SignInToken.digestOfPresented(sessionToken).ifPresent(sessions::end);
    }
}
