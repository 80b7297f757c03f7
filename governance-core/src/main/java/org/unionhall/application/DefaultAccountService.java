package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.account.PasswordHasher;
import org.unionhall.domain.account.PasswordPolicy;
import org.unionhall.domain.account.PasswordResets;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.account.SignInSession;
import org.unionhall.domain.account.SignInSessions;
import org.unionhall.domain.account.SignInThrottle;
import org.unionhall.domain.account.SignInToken;
import org.unionhall.domain.mail.Outbox;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Password changes with Argon2id, the password policy and the sign-in throttle; a change signs
 * the member's other browsers out and mails the member.
 */
@ApplicationScoped
@Transactional
public class DefaultAccountService extends ServiceSupport implements AccountService {
    private PasswordHasher hasher;
    private SignInThrottle throttle;
    private SignInSessions sessions;
    private PasswordResets resets;
    private Outbox outbox;
    private PublicAddress address;

    /** For CDI's proxy. */
    protected DefaultAccountService() {
    }

    /**
     * @param stores the repositories and clock
     * @param hasher the password hasher
     * @param throttle where wrong current passwords are counted
     * @param sessions the member's sessions and trusted browsers
     * @param resets reset links still out, which a change ends
     * @param outbox where the "password changed" mail goes
     * @param address the installation's public address, for the mail's link
     */
    @Inject
    public DefaultAccountService(Stores stores, PasswordHasher hasher, SignInThrottle throttle,
                                 SignInSessions sessions, PasswordResets resets, Outbox outbox,
                                 PublicAddress address) {
        super(stores);
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.resets = resets;
        this.outbox = outbox;
        this.address = address;
    }

    @Override
    public void changePassword(Actor actor, char[] currentPassword, char[] newPassword, String sessionToken,
                               String deviceToken) {
        Member member = me(actor);
        Instant now = stores.time().now();
        String key = "password-change:" + actor.memberId();
        throttle.waitFor(key, now).ifPresent(wait -> {
            throw new RuleViolation(new SignInOutcome.Throttled(wait).message());
        });
        SignInAccount account = stores.accounts().find(actor.memberId())
                .orElseThrow(() -> new NotFound("You have no password to change."));
        char[] current = currentPassword == null ? new char[0] : currentPassword;
        if (current.length == 0 || current.length > PasswordPolicy.MAX_LENGTH * 2
                || !hasher.verify(current, account.passwordHash())) {
            throttle.failed(key, now);
            throw new RuleViolation("The current password is not right.");
        }
        throttle.succeeded(key);
        PasswordPolicy.check(newPassword);
        if (Arrays.equals(current, newPassword)) {
            throw new RuleViolation("The new password is the same as the current one.");
        }
        account.replaceHash(hasher.hash(newPassword), now);
        sessions.endAllOf(actor.memberId(), SignInToken.digestOfPresented(sessionToken),
                SignInToken.digestOfPresented(deviceToken));
        resets.forgetMember(actor.memberId(), "");
        outbox.add(AccountMail.passwordChanged(member.email(), member.displayName(),
                address.of(AccountMail.FORGOT_PAGE), now));
    }

    @Override
    public List<SessionView> sessions(Actor actor, String sessionToken) {
        me(actor);
        Instant now = stores.time().now();
        Optional<String> current = SignInToken.digestOfPresented(sessionToken)
                .flatMap(sessions::session).map(SignInSession::handle);
        return sessions.ofMember(actor.memberId()).stream()
                .filter(s -> s.liveAt(now) && !s.awaitsCode())
                .map(s -> new SessionView(s.handle(), s.browser(), s.startedAt(), s.lastSeenAt(),
                        current.filter(s.handle()::equals).isPresent(), s.passedSecondFactor()))
                .toList();
    }

    @Override
    public void endSession(Actor actor, String handle) {
        me(actor);
        sessions.ofMember(actor.memberId()).stream().filter(s -> s.handle().equals(handle)).findFirst()
                .ifPresent(sessions::remove);
    }

    @Override
    public int endOtherSessions(Actor actor, String sessionToken, String deviceToken) {
        me(actor);
        return sessions.endAllOf(actor.memberId(), SignInToken.digestOfPresented(sessionToken),
                SignInToken.digestOfPresented(deviceToken));
    }
}
