package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.unionhall.domain.account.PasswordHasher;
import org.unionhall.domain.account.PasswordPolicy;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.account.SignInThrottle;
import org.unionhall.domain.membership.Member;

/**
 * Sign-in with Argon2id, throttled per account (keyed by the e-mail as typed, so unknown e-mails
 * are throttled the same way) and per remote address. An unknown e-mail costs one Argon2
 * computation like a wrong password and gets the same {@link SignInOutcome.Refused}. A throttled
 * attempt is answered before any hashing, so a flood cannot burn the server's CPU.
 */
@ApplicationScoped
@Transactional
public class DefaultSignInService implements SignInService {
    private Stores stores;
    private PasswordHasher hasher;
    private SignInThrottle throttle;

    /** For CDI's proxy. */
    protected DefaultSignInService() {
    }

    /**
     * @param stores the repositories and clock
     * @param hasher the password hasher
     * @param throttle where failures are counted
     */
    @Inject
    public DefaultSignInService(Stores stores, PasswordHasher hasher, SignInThrottle throttle) {
        this.stores = stores;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    @Override
    public SignInOutcome signIn(String email, char[] password, String remoteAddress) {
        Instant now = stores.time().now();
        String typed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String accountKey = "account:" + (typed.length() > 254 ? typed.substring(0, 254) : typed);
        String addressKey = "address:" + (remoteAddress == null ? "unknown" : remoteAddress);
        Optional<Duration> wait = longer(throttle.waitFor(accountKey, now), throttle.waitFor(addressKey, now));
        if (wait.isPresent()) {
            return new SignInOutcome.Throttled(wait.get());
        }
        char[] secret = password == null ? new char[0] : password;
        Optional<Member> member = typed.isEmpty() || typed.length() > 254
                ? Optional.empty() : stores.members().findByEmail(typed);
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
            throttle.failed(accountKey, now);
            throttle.failed(addressKey, now);
            return new SignInOutcome.Refused();
        }
        throttle.succeeded(accountKey);
        if (hasher.needsRehash(account.get().passwordHash())) {
            account.get().replaceHash(hasher.hash(secret), now);
        }
        return new SignInOutcome.SignedIn(member.get().id(), member.get().displayName());
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }
}
