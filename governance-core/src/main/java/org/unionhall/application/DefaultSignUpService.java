package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.unionhall.domain.account.SignInThrottle;
import org.unionhall.domain.account.SignInToken;
import org.unionhall.domain.account.SignUp;
import org.unionhall.domain.account.SignUps;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.mail.Outbox;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.JoinRequest;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Sign-ups with confirmation links whose tokens are stored only as digests. Every accepted
 * sign-up, for an address with or without an account, checks the fields, hashes the password,
 * counts the address's sign-ups, writes one row and one mail: the answer and the work do not tell
 * who has an account. At most {@link SignUp#MAX_PER_ADDRESS} mails per address a day (counted by
 * the address's digest), and sign-ups from one remote address are throttled like failed sign-ins.
 * Confirming locks the sign-up's row, so two uses of one link at the same moment make one account;
 * the account itself is made by {@link AccountOpening}, as for an accepted invitation.
 */
@ApplicationScoped
@Transactional
public class DefaultSignUpService extends ServiceSupport implements SignUpService {
    private AccountOpening accounts;
    private SignInThrottle throttle;
    private SignUps signUps;
    private Outbox outbox;
    private PublicAddress address;

    /** For CDI's proxy. */
    protected DefaultSignUpService() {
    }

    /**
     * @param stores the unions, chapters, members, join requests, audit and clock
     * @param accounts opens the account on confirmation, and hashes the password
     * @param throttle where sign-ups per remote address are counted
     * @param signUps the sign-ups waiting for confirmation
     * @param outbox where the mail goes
     * @param address the installation's public address, for the links
     */
    @Inject
    public DefaultSignUpService(Stores stores, AccountOpening accounts, SignInThrottle throttle, SignUps signUps,
                                Outbox outbox, PublicAddress address) {
        super(stores);
        this.accounts = accounts;
        this.throttle = throttle;
        this.signUps = signUps;
        this.outbox = outbox;
        this.address = address;
    }

    @Override
    public Optional<Duration> signUp(String unionSlug, SignUpForm form, String remoteAddress) {
        char[] password = form == null ? null : form.password();
        try {
            Union union = union(unionSlug);
            if (form == null) {
                throw new InvalidInput("Give the chapter, your name, your e-mail address and a password.");
            }
            Chapter chapter = chapterOf(union, form.chapter());
            String name = Check.text(form.displayName(), "Your name", Member.MAX_NAME);
            String email = form.email() == null || form.email().strip().length() > SignUp.MAX_EMAIL
                    ? null : Check.email(form.email());
            if (email == null) {
                throw new InvalidInput("Give your e-mail address, such as name@example.org (at most "
                        + SignUp.MAX_EMAIL + " characters).");
            }
            String note = Check.note(form.note(), "The note", JoinRequest.MAX_NOTE);
            Instant now = stores.time().now();
            String clientKey = "sign-up-address:" + (remoteAddress == null ? "unknown" : remoteAddress);
            Optional<Duration> wait = throttle.waitFor(clientKey, now);
            if (wait.isPresent()) {
                return wait;
            }
            String hash = accounts.passwordHash(password);
            throttle.failed(clientKey, now);
            signUps.forgetExpiredBefore(now);
            if (signUps.countForAddressSince(SignUp.addressDigest(email), now.minus(SignUp.VALID_FOR))
                    >= SignUp.MAX_PER_ADDRESS) {
                return Optional.of(SignUp.VALID_FOR);
            }
            SignInToken token = SignInToken.generate();
            SignUp signUp = new SignUp(token, name, email, hash, chapter, note, now);
            signUps.add(signUp);
            outbox.add(AccountMail.confirmSignUp(email, name, union.name(), chapter.name(),
                    address.of(AccountMail.CONFIRM_PAGE) + "?token=" + token.value(), now));
            return Optional.empty();
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Override
    public PendingSignUp open(String token) {
        SignUp signUp = signUp(token);
        signUp.refusal(stores.time().now()).ifPresent(reason -> {
            throw new RuleViolation(reason);
        });
        Chapter chapter = stores.chapters().find(signUp.chapterId()).orElseThrow(() -> new InvalidInput(SignUp.NOT_VALID));
        return new PendingSignUp(unionOf(chapter).name(), chapter.name(), signUp.displayName(), signUp.email());
    }

    @Override
    public ConfirmedSignUp confirm(String token) {
        Instant now = stores.time().now();
        signUp(token);
        SignUp signUp = SignInToken.digestOfPresented(token).flatMap(signUps::findForUse)
                .orElseThrow(() -> new InvalidInput(SignUp.NOT_VALID));
        signUp.refusal(now).ifPresent(reason -> {
            throw new RuleViolation(reason);
        });
        Chapter chapter = stores.chapters().find(signUp.chapterId()).orElseThrow(() -> new InvalidInput(SignUp.NOT_VALID));
        Member member = accounts.open(signUp.displayName(), signUp.email(), signUp.passwordHash(), now, HAS_ACCOUNT);
        JoinRequest request = chapter.receiveJoinRequest(member.id(), Optional.empty(), Optional.empty(),
                signUp.note(), now);
        stores.joinRequests().add(request);
        stores.audit().append(new AuditEntry(Optional.of(member.id()), AuditAction.JOIN_REQUESTED,
                Optional.of(member.id()), chapter.unionId(), Optional.of(chapter.id()), "",
                "Signed up and asked to join " + chapter.name(), now));
        signUps.remove(signUp);
        return new ConfirmedSignUp(member.id().toString(), member.email(), unionOf(chapter).slug(), chapter.slug(),
                chapter.name(), request.id().toString());
    }

    /** The union's chapter with this slug; a chapter of another union is refused like an unknown one. */
    private Chapter chapterOf(Union union, String slug) {
        if (slug == null || slug.isBlank()) {
            throw new InvalidInput("Choose the chapter you want to join.");
        }
        return stores.chapters().findBySlug(slug.strip()).filter(c -> c.unionId().equals(union.id()))
                .orElseThrow(() -> new InvalidInput("\"" + Check.abbreviate(slug) + "\" is not a chapter of "
                        + union.name() + ". Choose one of its chapters."));
    }

    /** The sign-up a link names; a link never given out, used or deleted is one answer. */
    private SignUp signUp(String token) {
        return SignInToken.digestOfPresented(token).flatMap(signUps::find)
                .orElseThrow(() -> new InvalidInput(SignUp.NOT_VALID));
    }
}
