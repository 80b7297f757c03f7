package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unionhall.domain.account.BrowserLabel;
import org.unionhall.domain.account.PasswordHasher;
import org.unionhall.domain.account.PasswordPolicy;
import org.unionhall.domain.account.RecoveryCode;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.account.SignInSession;
import org.unionhall.domain.account.SignInSessions;
import org.unionhall.domain.account.SignInThrottle;
import org.unionhall.domain.account.SignInToken;
import org.unionhall.domain.account.TrustedDevice;
import org.unionhall.domain.account.TwoFactor;
import org.unionhall.domain.account.TwoFactors;
import org.unionhall.domain.mail.Outbox;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Two-factor sign-in with TOTP: the secret made here (160 random bits), codes checked by the
 * domain's {@link TwoFactor} (a code is accepted once), recovery codes kept as digests, wrong
 * codes throttled with the sign-in throttle, security mail through the outbox.
 */
@ApplicationScoped
@Transactional
public class DefaultTwoFactorService extends ServiceSupport implements TwoFactorService {
    /** The name authenticator apps show above the code. */
    static final String ISSUER = "Unionhall";

    private TwoFactors twoFactors;
    private SignInSessions sessions;
    private SignInThrottle throttle;
    private PasswordHasher hasher;
    private Outbox outbox;
    private PublicAddress address;

    /** For CDI's proxy. */
    protected DefaultTwoFactorService() {
    }

    /**
     * @param stores the repositories and clock
     * @param twoFactors secrets and recovery codes
     * @param sessions sign-in sessions and trusted browsers
     * @param throttle where wrong codes and passwords are counted
     * @param hasher checks the password when turning it off
     * @param outbox where security mail goes
     * @param address the installation's public address, for the mail's link
     */
    @Inject
    public DefaultTwoFactorService(Stores stores, TwoFactors twoFactors, SignInSessions sessions,
                                   SignInThrottle throttle, PasswordHasher hasher, Outbox outbox,
                                   PublicAddress address) {
        super(stores);
        this.twoFactors = twoFactors;
        this.sessions = sessions;
        this.throttle = throttle;
        this.hasher = hasher;
        this.outbox = outbox;
        this.address = address;
    }

    @Override
    public TwoFactorView status(Actor actor, String sessionToken) {
        me(actor);
        Optional<TwoFactor> found = twoFactors.forUpdate(actor.memberId()).filter(TwoFactor::isOn);
        boolean gave = SignInToken.digestOfPresented(sessionToken).flatMap(sessions::session)
                .filter(s -> s.member().equals(actor.memberId())).map(SignInSession::passedSecondFactor)
                .orElse(false);
        return new TwoFactorView(found.isPresent(), found.flatMap(TwoFactor::onSince),
                found.isPresent() ? twoFactors.recoveryCodesLeft(actor.memberId()) : 0, gave,
                rolesWaiting(actor));
    }

    @Override
    public List<String> rolesWaiting(Actor actor) {
        return powers(actor).waitingForSecondFactor().stream().map(r -> r.label().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public TwoFactorSetup begin(Actor actor) {
        Member member = me(actor);
        Instant now = stores.time().now();
        Optional<TwoFactor> existing = twoFactors.forUpdate(actor.memberId());
        if (existing.filter(TwoFactor::isOn).isPresent()) {
            throw new RuleViolation("Two-factor sign-in is on already. To move it to another phone, turn it off "
                    + "and on again.");
        }
        existing.ifPresent(t -> twoFactors.remove(actor.memberId()));
        TwoFactor fresh = TwoFactor.generate(actor.memberId(), now);
        twoFactors.add(fresh);
        return new TwoFactorSetup(fresh.secretText().replaceAll("(.{4})(?!$)", "$1 "),
                fresh.setupAddress(ISSUER, member.email()));
    }

    @Override
    public List<String> confirm(Actor actor, String code, String sessionToken) {
        Member member = me(actor);
        Instant now = stores.time().now();
        String key = "two-factor-setup:" + actor.memberId();
        waitIfThrottled(key, now);
        TwoFactor pending = twoFactors.forUpdate(actor.memberId()).orElseThrow(() -> new RuleViolation(
                "Start again: no setup of two-factor sign-in is waiting for a code."));
        try {
            pending.confirm(code, now);
        } catch (RuleViolation wrong) {
            if (!pending.isOn()) {
                throttle.failed(key, now);
            }
            throw wrong;
        }
        throttle.succeeded(key);
        List<String> codes = freshRecoveryCodes(actor.memberId(), now);
        SignInToken.digestOfPresented(sessionToken).flatMap(sessions::session)
                .filter(s -> s.member().equals(actor.memberId()) && !s.awaitsCode())
                .ifPresent(s -> s.secondFactorGiven(now));
        outbox.add(AccountMail.twoFactorChanged(member.email(), member.displayName(), true,
                address.of(AccountMail.SETTINGS_PAGE), now));
        return codes;
    }

    @Override
    public void turnOff(Actor actor, char[] password, String code) {
        Member member = me(actor);
        Instant now = stores.time().now();
        String key = "two-factor-off:" + actor.memberId();
        waitIfThrottled(key, now);
        TwoFactor on = twoFactors.forUpdate(actor.memberId()).filter(TwoFactor::isOn)
                .orElseThrow(() -> new RuleViolation("Two-factor sign-in is off already."));
        checkPasswordAndCode(on, actor.memberId(), password, code, key, now);
        twoFactors.remove(actor.memberId());
        sessions.withdrawSecondFactor(actor.memberId());
        outbox.add(AccountMail.twoFactorChanged(member.email(), member.displayName(), false,
                address.of(AccountMail.SETTINGS_PAGE), now));
    }

    @Override
    public List<String> newRecoveryCodes(Actor actor, char[] password, String code) {
        Member member = me(actor);
        Instant now = stores.time().now();
        String key = "two-factor-recovery-codes:" + actor.memberId();
        waitIfThrottled(key, now);
        TwoFactor on = twoFactors.forUpdate(actor.memberId()).filter(TwoFactor::isOn)
                .orElseThrow(() -> new RuleViolation("Two-factor sign-in is off."));
        checkPasswordAndCode(on, actor.memberId(), password, code, key, now);
        List<String> codes = freshRecoveryCodes(actor.memberId(), now);
        outbox.add(AccountMail.recoveryCodesRenewed(member.email(), member.displayName(),
                address.of(AccountMail.SETTINGS_PAGE), now));
        return codes;
    }

    /**
     * Checks the member's password, then the code (a code from the app, or a recovery code, which
     * is then used), counting a wrong one under the throttle key; a right pair clears the count.
     *
     * @throws RuleViolation when the password or the code is wrong
     */
    private void checkPasswordAndCode(TwoFactor on, MemberId member, char[] password, String code, String key,
                                      Instant now) {
        Optional<SignInAccount> account = stores.accounts().find(member);
        char[] typed = password == null ? new char[0] : password;
        boolean passwordRight = account.isPresent() && typed.length > 0
                && typed.length <= PasswordPolicy.MAX_LENGTH * 2 && hasher.verify(typed, account.get().passwordHash());
        if (!passwordRight) {
            throttle.failed(key, now);
            throw new RuleViolation("The password is not right.");
        }
        if (!accepts(on, member, code, now)) {
            throttle.failed(key, now);
            throw new RuleViolation(TwoFactor.WRONG_CODE);
        }
        throttle.succeeded(key);
    }

    /** Ten new recovery codes for the member in place of all their others; the codes, to be shown once. */
    private List<String> freshRecoveryCodes(MemberId member, Instant now) {
        List<String> codes = new ArrayList<>();
        List<RecoveryCode> kept = new ArrayList<>();
        for (int i = 0; i < RecoveryCode.COUNT; i++) {
            String c = RecoveryCode.generate();
            codes.add(c);
            kept.add(new RecoveryCode(member, c, now));
        }
        twoFactors.replaceRecoveryCodes(member, kept);
        return codes;
    }

    @Override
    public String resetLostSecondFactor(String email) {
        Instant now = stores.time().now();
        String typed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Member member = (typed.isEmpty() ? Optional.<Member>empty() : stores.members().findByEmail(typed))
                .orElseThrow(() -> new NotFound("No account has the e-mail address '" + email + "'; nothing was "
                        + "changed."));
        twoFactors.forUpdate(member.id()).filter(TwoFactor::isOn).orElseThrow(() -> new RuleViolation(
                "Two-factor sign-in is off for " + typed + " already; nothing was changed."));
        twoFactors.remove(member.id());
        sessions.endAllOf(member.id(), Optional.empty(), Optional.empty());
        outbox.add(AccountMail.secondFactorReset(member.email(), member.displayName(),
                address.of(AccountMail.SETTINGS_PAGE), now));
        return member.displayName();
    }

    @Override
    public CodeOutcome giveCode(String sessionToken, String code, String deviceToken) {
        Instant now = stores.time().now();
        Optional<SignInSession> waiting = SignInToken.digestOfPresented(sessionToken).flatMap(sessions::session)
                .filter(s -> s.awaitsCode() && s.liveAt(now));
        if (waiting.isEmpty()) {
            return new CodeOutcome.SignInAgain();
        }
        SignInSession session = waiting.get();
        MemberId member = session.member();
        Optional<TrustedDevice> knownDevice = SignInToken.digestOfPresented(deviceToken).flatMap(sessions::device)
                .filter(d -> d.trusts(member, now));
        String key = knownDevice.map(d -> d.throttleKey() + ":code").orElse("code:" + member);
        Optional<Duration> wait = throttle.waitFor(key, now);
        if (wait.isPresent()) {
            return new CodeOutcome.Throttled(wait.get());
        }
        Optional<TwoFactor> factor = twoFactors.forUpdate(member).filter(TwoFactor::isOn);
        boolean recovery = RecoveryCode.looksLikeOne(code);
        if (factor.isEmpty() || !accepts(factor.get(), member, code, now)) {
            throttle.failed(key, now);
            if (!session.codeFailed()) {
                sessions.end(SignInToken.digestOfPresented(sessionToken).orElseThrow());
                return new CodeOutcome.SignInAgain();
            }
            return new CodeOutcome.Wrong();
        }
        throttle.succeeded(key);
        sessions.end(SignInToken.digestOfPresented(sessionToken).orElseThrow());
        SignInToken fresh = SignInToken.generate();
        SignInSession signedIn = new SignInSession(fresh, member, now, new BrowserLabel(session.browser()), false);
        signedIn.secondFactorGiven(now);
        sessions.add(signedIn);
        sessions.forgetDevicesUnusedSince(now.minus(TrustedDevice.TRUSTED_FOR));
        String device = DefaultSignInService.trust(sessions, member, deviceToken, now);
        Member person = stores.members().find(member).orElseThrow();
        long left = -1;
        if (recovery) {
            left = twoFactors.recoveryCodesLeft(member);
            outbox.add(AccountMail.recoveryCodeUsed(person.email(), person.displayName(), left,
                    address.of(AccountMail.SETTINGS_PAGE), now));
        } else if (knownDevice.isEmpty()) {
            outbox.add(AccountMail.newSignIn(person.email(), person.displayName(), session.browser(), now,
                    address.of(AccountMail.SETTINGS_PAGE)));
        }
        return new CodeOutcome.Passed(member, person.displayName(),
                new SignInService.StartedSession(fresh.value(), device, false), left);
    }

    /** Whether the code is the app's (not used before) or one of the member's unused recovery codes, using it. */
    private boolean accepts(TwoFactor factor, MemberId member, String code, Instant now) {
        if (RecoveryCode.looksLikeOne(code)) {
            return RecoveryCode.digestOfTyped(code).flatMap(d -> twoFactors.recoveryCode(member, d))
                    .map(c -> c.use(now)).orElse(false);
        }
        return factor.accept(code, now);
    }

    private void waitIfThrottled(String key, Instant now) {
        throttle.waitFor(key, now).ifPresent(wait -> {
            throw new RuleViolation(new SignInOutcome.Throttled(wait).message());
        });
    }
}
