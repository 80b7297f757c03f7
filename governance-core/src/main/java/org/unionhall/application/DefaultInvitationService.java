package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.unionhall.domain.account.SignInToken;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.mail.Outbox;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.Invitation;
import org.unionhall.domain.membership.Invitations;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Invitations with links whose tokens are stored only as digests. Sending locks the chapter's
 * invitations (by the chapter's row) so that two stewards sending the same list at once invite
 * each person once; accepting checks the link and hashes the password before it locks the
 * invitation's row, and checks the link again under the lock, so two uses of one link at the same
 * moment make one account. Invitations accepted, withdrawn or expired are deleted by the
 * retention job ({@link org.unionhall.domain.privacy.Retention#SETTLED_INVITATIONS}).
 */
@ApplicationScoped
@Transactional
public class DefaultInvitationService extends ServiceSupport implements InvitationService {
    /** The answer to a link for an address that has an account, used signed out. */
    static final String HAS_ACCOUNT = "An account uses this e-mail address already. Sign in with it, then open the "
            + "link from the mail again to join.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Invitations invitations;
    private Outbox outbox;
    private AccountOpening accounts;
    private PublicAddress address;

    /** For CDI's proxy. */
    protected DefaultInvitationService() {
    }

    /**
     * @param stores the repositories and clock
     * @param invitations the invitations
     * @param outbox where the mail goes
     * @param accounts makes the account of a person who accepts
     * @param address the installation's public address, for the links
     */
    @Inject
    public DefaultInvitationService(Stores stores, Invitations invitations, Outbox outbox, AccountOpening accounts,
                                    PublicAddress address) {
        super(stores);
        this.invitations = invitations;
        this.outbox = outbox;
        this.accounts = accounts;
        this.address = address;
    }

    @Override
    public InvitationBatch preview(Actor actor, String chapterSlug, List<Invitee> people) {
        Chapter chapter = chapter(chapterSlug);
        powers(actor).requireSteward(chapter);
        List<InvitationRow> rows = check(chapter, people, stores.time().now());
        return new InvitationBatch(chapter.slug(), chapter.name(), ready(rows), 0, rows);
    }

    @Override
    public InvitationBatch invite(Actor actor, String chapterSlug, List<Invitee> people) {
        Chapter chapter = chapter(chapterSlug);
        powers(actor).requireSteward(chapter);
        Instant now = stores.time().now();
        checkSize(people);
        invitations.lockChapter(chapter.id());
        invitations.settleExpired(chapter.id(), now);
        List<InvitationRow> rows = check(chapter, people, now);
        List<InvitationRow> ready = rows.stream().filter(InvitationRow::ready).toList();
        if (ready.isEmpty()) {
            throw new RuleViolation("Nobody was invited: " + rows.stream().limit(5)
                    .map(r -> "row " + r.row() + ": " + r.problem()).collect(Collectors.joining(" "))
                    + (rows.size() > 5 ? " (and " + (rows.size() - 5) + " more rows)" : ""));
        }
        Union union = unionOf(chapter);
        String steward = me(actor).displayName();
        Set<String> withAccount = invitations.addressesWithAccount(ready.stream().map(InvitationRow::email).toList());
        List<Invitation> sent = new ArrayList<>();
        for (InvitationRow row : ready) {
            SignInToken token = SignInToken.generate();
            Invitation invitation = new Invitation(chapter, row.name(), row.email(), actor.memberId(), token.digest(),
                    now);
            sent.add(invitation);
            outbox.add(InvitationMail.invitation(row.email(), row.name(), steward, chapter.name(), union.name(),
                    address.of(InvitationMail.PAGE) + "?token=" + token.value(), withAccount.contains(row.email()),
                    invitation.expiresAt(), now));
        }
        UniqueRule.store(() -> invitations.addAll(sent), "Someone invited some of these people to " + chapter.name()
                + " at this very moment. Look at the list again.");
        audit(actor, AuditAction.INVITATION_SENT, Optional.empty(), chapter.unionId(), Optional.of(chapter.id()), "",
                (sent.size() == 1 ? "Sent 1 invitation" : "Sent " + sent.size() + " invitations") + " to "
                        + chapter.name());
        return new InvitationBatch(chapter.slug(), chapter.name(), sent.size(), sent.size(), rows);
    }

    @Override
    public InvitationBatch previewFile(Actor actor, String chapterSlug, InputStream file) {
        powers(actor).requireSteward(chapter(chapterSlug));
        return preview(actor, chapterSlug, InviteeFile.read(file));
    }

    @Override
    public InvitationBatch inviteFile(Actor actor, String chapterSlug, InputStream file) {
        powers(actor).requireSteward(chapter(chapterSlug));
        return invite(actor, chapterSlug, InviteeFile.read(file));
    }

    @Override
    public Page<PendingInvitationView> pending(Actor actor, String chapterSlug, int page, int size) {
        Chapter chapter = chapter(chapterSlug);
        powers(actor).requireSteward(chapter);
        Page.checkRequest(page, size);
        Instant now = stores.time().now();
        List<Invitation> found = invitations.pending(chapter.id(), page * size, size);
        Map<MemberId, String> stewards = names(found.stream().map(Invitation::invitedBy).toList());
        List<PendingInvitationView> items = found.stream().map(i -> new PendingInvitationView(i.id(),
                i.displayName(), i.email(), stewards.getOrDefault(i.invitedBy(), ""), i.invitedAt(), i.expiresAt(),
                !now.isBefore(i.expiresAt()))).toList();
        return new Page<>(items, page, size, invitations.countPending(chapter.id()));
    }

    @Override
    public void withdraw(Actor actor, String chapterSlug, String invitationId) {
        Chapter chapter = chapter(chapterSlug);
        powers(actor).requireSteward(chapter);
        Invitation invitation = invitations.find(invitationId).filter(i -> i.chapterId().equals(chapter.id()))
                .orElseThrow(() -> new NotFound("There is no such invitation to " + chapter.name() + "."));
        invitation.withdraw(stores.time().now());
        audit(actor, AuditAction.INVITATION_WITHDRAWN, Optional.empty(), chapter.unionId(), Optional.of(chapter.id()),
                "", "Withdrew an invitation to " + chapter.name());
    }

    @Override
    public OpenInvitation open(String token) {
        Invitation invitation = invitation(token);
        Chapter chapter = usable(invitation, stores.time().now());
        return new OpenInvitation(unionOf(chapter).name(), chapter.name(), invitation.displayName(),
                invitation.email(), accounts.hasAccount(invitation.email()),
                invitation.expiresAt());
    }

    @Override
    public AcceptedInvitation accept(String token, String displayName, char[] password) {
        try {
            Instant now = stores.time().now();
            Invitation invitation = invitation(token);
            Chapter chapter = usable(invitation, now);
            if (accounts.hasAccount(invitation.email())) {
                throw new RuleViolation(HAS_ACCOUNT);
            }
            String name = Check.text(displayName == null || displayName.isBlank() ? invitation.displayName()
                    : displayName, "Your name", Member.MAX_NAME);
            String hash = accounts.passwordHash(password);
            Invitation locked = SignInToken.digestOfPresented(token).flatMap(invitations::findByTokenForUse)
                    .orElseThrow(() -> new InvalidInput(Invitation.NOT_VALID));
            locked.refusal(now, chapter.name()).ifPresent(reason -> {
                throw new RuleViolation(reason);
            });
            // The invitation's row names the member it made, so the member is written first.
            Member member = accounts.open(name, locked.email(), hash, now, HAS_ACCOUNT);
            locked.accept(member.id(), now, chapter.name());
            stores.memberships().add(chapter.admitInvited(member, Optional.empty(), locked.invitedBy(), now,
                    today()));
            joined(member, chapter, now);
            return accepted(member, chapter);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Override
    public AcceptedInvitation join(Actor actor, String token) {
        Member me = me(actor);
        Instant now = stores.time().now();
        Chapter chapter = usable(invitation(token), now);
        Invitation locked = SignInToken.digestOfPresented(token).flatMap(invitations::findByTokenForUse)
                .orElseThrow(() -> new InvalidInput(Invitation.NOT_VALID));
        if (!locked.email().equals(me.email())) {
            throw new RuleViolation("This invitation was sent to another e-mail address than your account's. Sign in "
                    + "with the account of the address it was sent to, or ask a steward of " + chapter.name()
                    + " to invite your own address.");
        }
        Optional<Membership> earlier = stores.memberships().find(me.id(), chapter.id());
        Membership membership = chapter.admitInvited(me, earlier, locked.invitedBy(), now, today());
        locked.accept(me.id(), now, chapter.name());
        if (earlier.isEmpty()) {
            UniqueRule.store(() -> stores.memberships().add(membership), "You are already a member of " + chapter.name()
                    + ".");
        }
        joined(me, chapter, now);
        return accepted(me, chapter);
    }

    private void joined(Member member, Chapter chapter, Instant now) {
        stores.audit().append(new AuditEntry(Optional.of(member.id()), AuditAction.INVITATION_ACCEPTED,
                Optional.of(member.id()), chapter.unionId(), Optional.of(chapter.id()), "",
                "Joined " + chapter.name() + " by invitation", now));
    }

    private AcceptedInvitation accepted(Member member, Chapter chapter) {
        return new AcceptedInvitation(member.id().toString(), member.email(), unionOf(chapter).slug(), chapter.slug(),
                chapter.name());
    }

    /** The invitation a link names; a link never given out is one answer, whatever its shape. */
    private Invitation invitation(String token) {
        return SignInToken.digestOfPresented(token).flatMap(invitations::findByToken)
                .orElseThrow(() -> new InvalidInput(Invitation.NOT_VALID));
    }

    /** The invitation's chapter, when its link can be used now. */
    private Chapter usable(Invitation invitation, Instant now) {
        Chapter chapter = stores.chapters().find(invitation.chapterId())
                .orElseThrow(() -> new InvalidInput(Invitation.NOT_VALID));
        invitation.refusal(now, chapter.name()).ifPresent(reason -> {
            throw new RuleViolation(reason);
        });
        return chapter;
    }

    private static void checkSize(List<Invitee> people) {
        if (people == null || people.isEmpty()) {
            throw new InvalidInput("Give at least one person to invite: a name and an e-mail address.");
        }
        if (people.size() > MAX_PEOPLE) {
            throw new InvalidInput(InviteeFile.TOO_MANY);
        }
    }

    private static int ready(List<InvitationRow> rows) {
        return (int) rows.stream().filter(InvitationRow::ready).count();
    }

    /** Each row with its problem, if any, in the order given. */
    private List<InvitationRow> check(Chapter chapter, List<Invitee> people, Instant now) {
        checkSize(people);
        List<InvitationRow> rows = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        List<String> addresses = new ArrayList<>();
        for (Invitee person : people) {
            String name = person.name() == null ? "" : person.name().strip();
            String email = person.email() == null ? "" : person.email().strip().toLowerCase(Locale.ROOT);
            String problem = Invitation.nameProblem(name).or(() -> Invitation.addressProblem(email)).orElse(null);
            if (problem == null) {
                Integer earlier = firstRow.putIfAbsent(email, person.row());
                if (earlier != null) {
                    problem = "The same address is on row " + earlier + ".";
                } else {
                    addresses.add(email);
                }
            }
            rows.add(new InvitationRow(person.row(), name, email, problem));
        }
        Set<String> members = invitations.currentMemberAddresses(chapter.id(), addresses);
        Map<String, Invitation> invited = invitations.pendingFor(chapter.id(), addresses).stream()
                .filter(i -> now.isBefore(i.expiresAt()))
                .collect(Collectors.toMap(Invitation::email, i -> i, (a, b) -> a));
        return rows.stream().map(r -> {
            if (!r.ready()) {
                return r;
            }
            if (members.contains(r.email())) {
                return new InvitationRow(r.row(), r.name(), r.email(), "Already a member of " + chapter.name() + ".");
            }
            Invitation pending = invited.get(r.email());
            if (pending != null) {
                return new InvitationRow(r.row(), r.name(), r.email(), "Already invited on "
                        + DAY.format(pending.invitedAt()) + "; the invitation holds until "
                        + DAY.format(pending.expiresAt()) + ".");
            }
            return r;
        }).toList();
    }
}
