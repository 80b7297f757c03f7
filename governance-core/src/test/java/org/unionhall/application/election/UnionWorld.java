package org.unionhall.application.election;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.application.motion.BallotBox;
import org.unionhall.application.motion.BallotQuorumWarnings;
import org.unionhall.application.motion.CongressService;
import org.unionhall.application.motion.DefaultCongressService;
import org.unionhall.application.motion.DefaultMotionService;
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.MotionStores;
import org.unionhall.application.motion.MotionView;
import org.unionhall.application.motion.ProposeMotion;
import org.unionhall.application.notification.DefaultNotificationService;
import org.unionhall.application.notification.NotificationService;
import org.unionhall.application.notification.Notifier;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.domain.bylaws.Bylaws;
import org.unionhall.domain.bylaws.BylawsTerms;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.KindRule;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.Threshold;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.mail.MailStatus;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.Federation;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Term;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.notification.MailPreference;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.infrastructure.persistence.JpaBylawsBook;
import org.unionhall.infrastructure.persistence.JpaCongressVotes;
import org.unionhall.infrastructure.persistence.JpaMailPreferences;
import org.unionhall.infrastructure.persistence.JpaMotions;
import org.unionhall.infrastructure.persistence.JpaNominations;
import org.unionhall.infrastructure.persistence.JpaNotifications;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaProxies;
import org.unionhall.infrastructure.persistence.election.JpaElections;
import org.unionhall.testsupport.TestDatabase;

/**
 * A union of its own on a real database, independent of the demo data and its bylaws, with every
 * motion, congress, election and notification service wired as the container wires them:
 * chapter North (Stella the union steward, trustees t1–t3, delegates n4 and n5, members n6–n9)
 * and chapter South (delegate s1, members s2–s4). Its bylaws send general motions and officer
 * elections to a secret member ballot and budget motions and amendments to the congress, all by
 * simple majority; member and congress quorum 50%, two seconds, a week of voting, three trustees
 * of whom two decrypt. Every member chose to get every kind of notification by e-mail; {@link
 * #mails()} reads the outbox the notifier writes to.
 */
final class UnionWorld implements AutoCloseable {
    static final String UNION = "abuse-test-union";
    static final String NORTH = "abuse-north";
    static final String SOUTH = "abuse-south";

    /** One mail in the outbox. */
    record Mail(String to, String subject, String text) {
    }

    final TestDatabase db;
    final ElectionServiceContract.MovableClock clock;
    final Stores stores;
    final MotionStores motionStores;
    final DefaultElectionService elections;
    final MotionService motions;
    final CongressService congress;
    final NotificationService notifications;
    final BallotQuorumWarnings quorumWarnings;
    final List<ElectionPublished> published = new CopyOnWriteArrayList<>();
    final Map<String, MemberId> people = new HashMap<>();

    UnionWorld(TestDatabase.Kind kind, Instant start) {
        db = TestDatabase.of(kind);
        clock = new ElectionServiceContract.MovableClock(start);
        stores = db.stores(clock);
        motionStores = new MotionStores(stores, new JpaBylawsBook(db.em()), new JpaMotions(db.em()),
                new JpaNominations(db.em()), new JpaCongressVotes(db.em()), new JpaProxies(db.em()),
                new JpaNotifications(db.em()));
        elections = new DefaultElectionService(stores, new JpaElections(db.em()), published::add);
        Notifier notifier = new Notifier(motionStores.core(), motionStores.notifications(), new JpaOutbox(db.em()),
                new JpaMailPreferences(db.em()));
        BallotBox box = new BallotBox(Optional.of(elections));
        motions = new DefaultMotionService(motionStores, notifier, box);
        congress = new DefaultCongressService(motionStores, notifier);
        notifications = new DefaultNotificationService(motionStores.core(), motionStores.notifications());
        quorumWarnings = new BallotQuorumWarnings(motionStores, notifier, box);
        db.run(this::found);
        db.run(() -> people.values().forEach(member -> new JpaMailPreferences(db.em()).add(
                new MailPreference(member, EnumSet.allOf(NotificationKind.class), stores.time().now()))));
    }

    /** The mail waiting in the outbox, oldest first. */
    List<Mail> mails() {
        List<Mail> all = new ArrayList<>(db.tx(() -> new JpaOutbox(db.em()).withStatus(MailStatus.PENDING, 0,
                Integer.MAX_VALUE)).stream().map(m -> new Mail(m.recipient(), m.subject(), m.body())).toList());
        java.util.Collections.reverse(all);
        return all;
    }

    private void found() {
        Instant now = stores.time().now();
        LocalDate today = stores.time().today();
        Federation federation = new Federation("abuse-test-federation", "Abuse Test Federation", now);
        stores.federations().add(federation);
        Union union = federation.foundUnion(UNION, "Abuse Test Union", "", now);
        stores.unions().add(union);
        Chapter north = union.openChapter(NORTH, "North", "", 2, now);
        Chapter south = union.openChapter(SOUTH, "South", "", 1, now);
        stores.chapters().add(north);
        stores.chapters().add(south);
        Member stella = member("stella", north, now, today);
        Term term = new Term(today.minusDays(30), today.plusYears(1));
        stores.mandates().add(union.appointFoundingSteward(stella.id(), stores.memberships().ofMember(stella.id()),
                term, stores.mandates().ofUnion(union.id()), now, today));
        for (String h : List.of("t1", "t2", "t3", "n4", "n5", "n6", "n7", "n8", "n9")) {
            member(h, north, now, today);
        }
        for (String h : List.of("s1", "s2", "s3", "s4")) {
            member(h, south, now, today);
        }
        for (String h : List.of("t1", "t2", "t3")) {
            stores.mandates().add(union.appoint(MandateRole.TRUSTEE, people.get(h),
                    stores.memberships().ofMember(people.get(h)), term, stores.mandates().ofUnion(union.id()),
                    stella.id(), now, today));
        }
        for (String h : List.of("n4", "n5")) {
            delegate(north, h, term, stella, now, today);
        }
        delegate(south, "s1", term, stella, now, today);
        Map<MotionKind, KindRule> rules = new EnumMap<>(MotionKind.class);
        for (MotionKind kind : MotionKind.values()) {
            boolean secret = kind == MotionKind.GENERAL || kind == MotionKind.OFFICER_ELECTION
                    || kind == MotionKind.BYLAWS_AMENDMENT;
            rules.put(kind, new KindRule(secret ? DecisionBody.SECRET_BALLOT : DecisionBody.CONGRESS,
                    Threshold.SIMPLE));
        }
        motionStores.bylaws().add(Bylaws.foundingOfUnion(union.federationId(), union.id(),
                new BylawsTerms(50, 50, 2, 14, 7, 3, 2, rules), now));
    }

    private Member member(String handle, Chapter chapter, Instant now, LocalDate today) {
        Member m = new Member("Member " + handle, handle + "@abuse.example", "en", now);
        stores.members().add(m);
        stores.memberships().add(chapter.enrolFoundingMember(m, Optional.empty(), now, today));
        people.put(handle, m.id());
        return m;
    }

    private void delegate(Chapter chapter, String handle, Term term, Member steward, Instant now, LocalDate today) {
        MemberId holder = people.get(handle);
        stores.mandates().add(chapter.appoint(MandateRole.DELEGATE, holder,
                stores.memberships().find(holder, chapter.id()), term, stores.mandates().ofChapter(chapter.id()),
                steward.id(), now, today));
    }

    Actor a(String handle) {
        return new Actor(people.get(handle));
    }

    /** Every member of the union, by handle. */
    List<String> everyone() {
        List<String> all = new ArrayList<>(List.of("stella", "t1", "t2", "t3", "n4", "n5", "n6", "n7", "n8", "n9"));
        all.addAll(List.of("s1", "s2", "s3", "s4"));
        return all;
    }

    <T> T call(Supplier<T> work) {
        return db.tx(work);
    }

    /** A union motion of the kind, proposed by n6 and seconded by n7 and s2. */
    MotionId seconded(MotionKind kind, String title) {
        MotionView m = call(() -> motions.propose(a("n6"), new ProposeMotion(kind, MotionScope.UNION, UNION, title,
                "The union asks every server it works with for a moderation budget.")));
        MotionId id = MotionId.of(m.id());
        call(() -> motions.submit(a("n6"), id));
        call(() -> motions.second(a("n7"), id));
        call(() -> motions.second(a("s2"), id));
        return id;
    }

    /** A budget motion in its congress roll call. */
    MotionId congressVoting(String title) {
        MotionId id = seconded(MotionKind.BUDGET, title);
        call(() -> motions.schedule(a("stella"), id, Optional.empty(), Optional.empty()));
        return id;
    }

    /** A secret ballot motion being run. */
    record Ballot(MotionId motion, ElectionDriver driver, Map<String, Credential> keys, Map<String, BigInteger> secrets,
                  ElectionContext context) {
    }

    /**
     * A general motion scheduled to close at {@code closes}, its trustees' ceremony done, the
     * given members registered, and its vote opened by the steward.
     */
    Ballot secretVoting(String title, Instant closes, List<String> registering) {
        MotionId id = seconded(MotionKind.GENERAL, title);
        MotionView scheduled = call(() -> motions.schedule(a("stella"), id, Optional.empty(), Optional.of(closes)));
        ElectionDriver driver = driver();
        driver.follow(ElectionId.of(scheduled.electionId().orElseThrow()), a("stella"));
        driver.ceremony();
        Map<String, Credential> keys = new HashMap<>();
        Map<String, BigInteger> secrets = new HashMap<>();
        for (String h : registering) {
            BigInteger secret = Group.randomScalar(driver.random);
            Credential key = Credential.fromSecret(secret);
            call(() -> {
                elections.register(a(h), driver.id, Bytes.encode(key.publicKey().encode()));
                return null;
            });
            keys.put(h, key);
            secrets.put(h, secret);
        }
        call(() -> motions.openVoting(a("stella"), id));
        return new Ballot(id, driver, keys, secrets, driver.context());
    }

    ElectionDriver driver() {
        return new ElectionDriver(elections, new ElectionDriver.Tx() {
            @Override
            public <T> T call(Supplier<T> work) {
                return db.tx(work);
            }
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
