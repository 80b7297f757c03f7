package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unionhall.domain.account.PasswordHasher;
import org.unionhall.domain.account.SignInThrottle;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.Invitation;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.privacy.Erasure;
import org.unionhall.domain.privacy.PersonalData;
import org.unionhall.domain.privacy.Pseudonym;
import org.unionhall.domain.privacy.RecordAccess;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;

/** See, export and erase one's own data. */
@ApplicationScoped
@Transactional
public class DefaultPrivacyService extends ServiceSupport implements PrivacyService {
    static final String ERASED = "The holder erased their account";

    private PersonalData personalData;
    private PasswordHasher hasher;
    private SignInThrottle throttle;

    /** For CDI's proxy. */
    protected DefaultPrivacyService() {
    }

    /**
     * @param stores the repositories and clock
     * @param personalData the person's data across the tables
     * @param hasher checks the re-entered password
     * @param throttle slows down guessing the password through these confirmations, as at sign-in
     */
    @Inject
    public DefaultPrivacyService(Stores stores, PersonalData personalData, PasswordHasher hasher,
                                 SignInThrottle throttle) {
        super(stores);
        this.personalData = personalData;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    @Override
    public MyDataView myData(Actor actor) {
        return view(me(actor));
    }

    @Override
    public MyDataView export(Actor actor, String password) {
        Member me = me(actor);
        requirePassword(me.id(), password, "nothing was exported");
        stores.recordAccesses().add(List.of(new RecordAccess(me.id(), me.id(), RecordAccess.Kind.EXPORTED,
                "everything on your data page, as a zip", stores.time().now())));
        return view(me);
    }

    @Override
    public String erase(Actor actor, String password) {
        Member me = me(actor);
        if (!personalData.lockAccount(me.id())) {
            throw new AccessDenied("Your account is not known here; please sign in again.");
        }
        requirePassword(me.id(), password, "nothing was erased");
        LocalDate today = today();
        Instant now = stores.time().now();
        List<Mandate> mandates = stores.mandates().ofMember(me.id());
        List<Membership> memberships = stores.memberships().ofMember(me.id());
        Set<UnionId> unions = new LinkedHashSet<>();
        memberships.forEach(m -> unions.add(m.unionId()));
        mandates.forEach(m -> unions.add(m.unionId()));
        for (UnionId id : unions) {
            Erasure.requireNotLastSteward(me.id(), stores.unions().find(id).orElseThrow(),
                    stores.mandates().ofUnion(id), today);
        }
        for (Mandate m : mandates) {
            if (m.endedOn().isEmpty() && !m.term().end().isBefore(today)) {
                m.endEarly(today, ERASED);
                audit(actor, AuditAction.MANDATE_ENDED, Optional.of(me.id()), m.unionId(), m.chapterId(), ERASED,
                        describe(m));
            }
        }
        for (Membership m : memberships) {
            if (m.isCurrent()) {
                m.leave(now);
                Chapter c = stores.chapters().find(m.chapterId()).orElseThrow();
                audit(actor, AuditAction.MEMBERSHIP_LEFT, Optional.of(me.id()), m.unionId(), Optional.of(c.id()),
                        ERASED, "Left " + c.name());
            }
        }
        Pseudonym pseudonym = Pseudonym.generate();
        for (UnionId id : unions) {
            audit(actor, AuditAction.ACCOUNT_ERASED, Optional.of(me.id()), id, Optional.empty(), "",
                    "Account erased; its records of the union now name " + pseudonym.displayName());
        }
        personalData.erase(me.id(), pseudonym);
        return pseudonym.displayName();
    }

    /**
     * Checks the re-entered password. Wrong guesses are counted apart from sign-in's (a stolen
     * session must not guess the password faster than a stranger at the sign-in page can).
     */
    private void requirePassword(MemberId member, String password, String nothingDone) {
        if (password == null || password.isEmpty() || password.length() > 256) {
            throw new InvalidInput("Enter your password to confirm; " + nothingDone + ".");
        }
        String key = "confirm:" + member;
        Instant now = stores.time().now();
        throttle.waitFor(key, now).ifPresent(wait -> {
            throw new InvalidInput("Too many wrong passwords; try again in " + Math.max(1, wait.toSeconds())
                    + " seconds. " + Character.toUpperCase(nothingDone.charAt(0)) + nothingDone.substring(1) + ".");
        });
        String hash = stores.accounts().find(member)
                .orElseThrow(() -> new AccessDenied("Your account is not known here; please sign in again."))
                .passwordHash();
        if (!hasher.verify(password.toCharArray(), hash)) {
            throttle.failed(key, now);
            throw new InvalidInput("The password is not right; " + nothingDone + ".");
        }
        throttle.succeeded(key);
    }

    private MyDataView view(Member me) {
        MemberId id = me.id();
        LocalDate today = today();
        Instant now = stores.time().now();
        List<Mandate> mandates = stores.mandates().ofMember(id);
        List<AuditEntry> about = personalData.auditAbout(id);
        List<RecordAccess> accesses = stores.recordAccesses().ofMember(id);
        List<Invitation> received = personalData.invitationsTo(id, me.email());
        List<Invitation> sent = personalData.invitationsSentBy(id);
        Set<MemberId> people = new HashSet<>();
        received.forEach(i -> people.add(i.invitedBy()));
        about.forEach(e -> {
            e.actor().ifPresent(people::add);
            e.subject().ifPresent(people::add);
        });
        accesses.forEach(a -> people.add(a.viewer()));
        Map<MemberId, String> names = names(people);
        List<String> onErasure = new ArrayList<>();
        onErasure.add("Your e-mail address, your password, your two-factor key and recovery codes, your sessions and "
                + "the browsers you are remembered on are deleted: you can no longer sign in, on any device.");
        onErasure.add("Your notifications, your join requests with their notes, the invitations sent to you, and "
                + "the lines of who looked at your record are deleted.");
        long current = stores.memberships().ofMember(id).stream().filter(Membership::isCurrent).count();
        if (current > 0) {
            onErasure.add("You leave your " + current + " chapter" + (current == 1 ? "" : "s") + ".");
        }
        long inForce = mandates.stream().filter(m -> m.endedOn().isEmpty() && !m.term().end().isBefore(today))
                .count();
        if (inForce > 0) {
            onErasure.add("Your " + inForce + " mandate" + (inForce == 1 ? "" : "s") + " in force or to come end today.");
        }
        if (mandates.stream().anyMatch(m -> m.role() == MandateRole.TRUSTEE && m.activeOn(today))) {
            onErasure.add("You are a trustee: an election whose key you hold a share of can then be decrypted only if "
                    + "enough of the other trustees take part. Ask your stewards before you erase.");
        }
        onErasure.add("Where the union must keep a record (mandates held, congress roll calls, the audit trail, who "
                + "registered in an election), your name is replaced by a pseudonym such as \"Former member 3f9a2c1d\", "
                + "and your member id by a new one that leads back to nobody.");
        onErasure.add("Election records stay exactly as they are and still verify: they never named you. Your name "
                + "stays only where you stood as a candidate: it is printed on that ballot.");
        List<PersonalData.ContributionGiven> contributions = personalData.contributionsOf(id);
        List<PersonalData.PledgeMade> pledges = personalData.pledgesOf(id);
        if (!contributions.isEmpty() || !pledges.isEmpty()) {
            onErasure.add("What you gave stays in the union's books, under the pseudonym: the ledger must stay balanced "
                    + "and never named you. The public name you chose for your gifts is deleted and your pledges are "
                    + "cancelled.");
        }
        Optional<String> refused = Optional.empty();
        Set<UnionId> unions = new LinkedHashSet<>();
        mandates.forEach(m -> unions.add(m.unionId()));
        for (UnionId u : unions) {
            try {
                Erasure.requireNotLastSteward(id, stores.unions().find(u).orElseThrow(), stores.mandates().ofUnion(u),
                        today);
            } catch (DomainException e) {
                refused = Optional.of(e.getMessage());
            }
        }
        return new MyDataView(new MyDataView.Profile(id.toString(), me.displayName(), me.email(),
                me.preferredLanguage(), me.createdAt()), personalData.signInOf(id),
                stores.memberships().ofMember(id).stream().map(this::membershipView).toList(),
                joinRequestViews(personalData.joinRequestsOf(id)),
                mandateViews(mandates),
                personalData.congressVotesOf(id),
                personalData.electionsOf(id),
                personalData.notificationsOf(id).stream().map(n -> new MyDataView.NotificationLine(n.kind(),
                        n.message(), n.motionId().map(Object::toString).orElse(null),
                        n.grantRequestId().map(Object::toString).orElse(null),
                        n.budgetRoundId().map(Object::toString).orElse(null), n.createdAt(), n.readAt())).toList(),
                about.stream().map(e -> auditView(e, names)).toList(),
                accesses.stream().map(a -> new MyDataView.AccessLine(a.viewer().equals(id) ? "you"
                        : names.getOrDefault(a.viewer(), ""), a.kind(), a.what(), a.occurredAt())).toList(),
                received.stream().map(i -> new MyDataView.InvitationReceived(chapterName(i.chapterId()),
                        i.displayName(), i.email(), names.getOrDefault(i.invitedBy(), ""), i.invitedAt(),
                        i.expiresAt(), i.statusOn(now))).toList(),
                sent.stream().map(i -> new MyDataView.InvitationSent(chapterName(i.chapterId()), i.invitedAt(),
                        i.statusOn(now))).toList(),
                contributions, pledges, onErasure, refused);
    }

    private String chapterName(ChapterId chapter) {
        return stores.chapters().find(chapter).map(Chapter::name).orElse("");
    }

    private AuditEntryView auditView(AuditEntry e, Map<MemberId, String> names) {
        Optional<Chapter> chapter = e.chapterId().flatMap(c -> stores.chapters().find(c));
        Union union = stores.unions().find(e.unionId()).orElseThrow();
        return new AuditEntryView(e.id().toString(), e.occurredAt(), e.actor().map(MemberId::toString).orElse(""),
                e.actor().map(a -> names.getOrDefault(a, "")).orElse(e.action().actorWhenNobody()), e.action(),
                e.subject().map(MemberId::toString), e.subject().map(s -> names.getOrDefault(s, "")), e.scopeKind(),
                chapter.map(Chapter::slug).orElse(union.slug()), chapter.map(Chapter::name).orElse(union.name()),
                e.reason(), e.detail());
    }
}
