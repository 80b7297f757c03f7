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
import org.unionhall.domain.account.PasswordReset;
import org.unionhall.domain.account.PasswordResets;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.account.SignInSessions;
import org.unionhall.domain.account.SignInThrottle;
import org.unionhall.domain.account.SignInToken;
import org.unionhall.domain.mail.Outbox;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Password resets with links whose tokens are stored only as digests. Every accepted request,
 * for an address with or without an account, reads the member by address, counts the address's
 * requests, writes one request row and one mail; only the mail's text differs. At most
 * {@link PasswordReset#MAX_REQUESTS} mails per address an hour (counted by the address's digest,
 * so for unknown addresses too), and requests from one remote address are throttled like failed
 * sign-ins, each request counting as one.
 */
@ApplicationScoped
@Transactional
public class DefaultPasswordResetService implements PasswordResetService {
    private Stores stores;
    private PasswordHasher hasher;
    private SignInThrottle throttle;
    private SignInSessions sessions;
    private PasswordResets resets;
    private Outbox outbox;
    private PublicAddress address;

    /** For CDI's proxy. */
    protected DefaultPasswordResetService() {
    }

    /**
     * @param stores the members, accounts and clock
     * @param hasher the password hasher
     * @param throttle where requests per remote address are counted
     * @param sessions the member's sessions and trusted browsers, ended by a reset
     * @param resets the reset requests
     * @param outbox where the mail goes
     * @param address the installation's public address, for the links
     */
    @Inject
    public DefaultPasswordResetService(Stores stores, PasswordHasher hasher, SignInThrottle throttle,
                                       SignInSessions sessions, PasswordResets resets, Outbox outbox,
                                       PublicAddress address) {
        this.stores = stores;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.resets = resets;
        this.outbox = outbox;
        this.address = address;
    }

    @Override
    public Optional<Duration> requestReset(String email, String remoteAddress) {
        Instant now = stores.time().now();
        String typed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || typed.length() > 254 || !typed.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInput("Give the e-mail address of your account, such as name@example.org.");
        }
        String clientKey = "reset-address:" + (remoteAddress == null ? "unknown" : remoteAddress);
        Optional<Duration> wait = throttle.waitFor(clientKey, now);
        if (wait.isPresent()) {
            return wait;
        }
        throttle.failed(clientKey, now);
        resets.forgetRequestedBefore(now.minus(PasswordReset.KEPT_FOR));
        String addressDigest = PasswordReset.addressDigest(typed);
        Optional<Member> member = stores.members().findByEmail(typed);
        if (resets.countForAddressSince(addressDigest, now.minus(PasswordReset.REQUEST_WINDOW))
                >= PasswordReset.MAX_REQUESTS) {
            return Optional.of(PasswordReset.REQUEST_WINDOW);
        }
        SignInToken token = SignInToken.generate();
        resets.add(new PasswordReset(token, addressDigest, member.map(Member::id), now));
        outbox.add(member.isPresent()
                ? AccountMail.resetLink(member.get().email(), address.of(AccountMail.RESET_PAGE) + "?token="
                        + token.value(), now)
                : AccountMail.noAccount(typed, address.of(AccountMail.FORGOT_PAGE), now));
        return Optional.empty();
    }

    @Override
    public void checkLink(String token) {
        PasswordReset reset = reset(token);
        reset.refusal(stores.time().now()).ifPresent(reason -> {
            throw new RuleViolation(reason);
        });
    }

    @Override
    public void resetPassword(String token, char[] newPassword) {
        Instant now = stores.time().now();
        reset(token).refusal(now).ifPresent(reason -> {
            throw new RuleViolation(reason);
        });
        PasswordPolicy.check(newPassword);
        String hash = hasher.hash(newPassword);
        PasswordReset reset = SignInToken.digestOfPresented(token).flatMap(resets::findForUse)
                .filter(r -> r.member().isPresent()).orElseThrow(() -> new InvalidInput(PasswordReset.NOT_VALID));
        MemberId memberId = reset.use(now);
        Member member = stores.members().find(memberId)
                .orElseThrow(() -> new InvalidInput(PasswordReset.NOT_VALID));
        stores.accounts().find(memberId).ifPresentOrElse(account -> account.replaceHash(hash, now),
                () -> stores.accounts().add(new SignInAccount(memberId, hash, now)));
        sessions.endAllOf(memberId, Optional.empty(), Optional.empty());
        resets.forgetMember(memberId, SignInToken.digestOfPresented(token).orElseThrow());
        outbox.add(AccountMail.passwordChanged(member.email(), member.displayName(),
                address.of(AccountMail.FORGOT_PAGE), now));
    }

    /** The request a link names; a link never given out, or for no account, is one answer. */
    private PasswordReset reset(String token) {
        return SignInToken.digestOfPresented(token).flatMap(resets::find).filter(r -> r.member().isPresent())
                .orElseThrow(() -> new InvalidInput(PasswordReset.NOT_VALID));
    }
}
