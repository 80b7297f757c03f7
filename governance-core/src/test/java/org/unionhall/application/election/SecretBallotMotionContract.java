package org.unionhall.application.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.application.motion.BallotBox;
import org.unionhall.application.motion.BylawsProposal;
import org.unionhall.application.motion.BylawsView;
import org.unionhall.application.motion.DefaultMotionService;
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.MotionStores;
import org.unionhall.application.motion.MotionView;
import org.unionhall.application.notification.Notifier;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.domain.bylaws.DecisionBody;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.Threshold;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoBylaws;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaBylawsBook;
import org.unionhall.infrastructure.persistence.JpaCongressVotes;
import org.unionhall.infrastructure.persistence.JpaMotions;
import org.unionhall.infrastructure.persistence.JpaNominations;
import org.unionhall.infrastructure.persistence.JpaMailPreferences;
import org.unionhall.infrastructure.persistence.JpaNotifications;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaProxies;
import org.unionhall.infrastructure.persistence.election.JpaElections;
import org.unionhall.testsupport.TestDatabase;

/**
 * A bylaws amendment, which the founding bylaws send to a secret member ballot with a two-thirds
 * majority, runs its whole way through the real election service: scheduling prepares the
 * election with the union's three trustees and the founding threshold of two, the trustees'
 * ceremony, members register and vote with ballot-crypto's own booth, two of the three trustees
 * decrypt, and the published result decides the motion under its recorded bylaws version and
 * puts the next version in force. Subclasses pick H2 or PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class SecretBallotMotionContract {
    static final Instant START = Instant.parse("2026-03-02T09:30:00Z");

    TestDatabase db;
    Stores stores;
    MotionStores motionStores;
    DefaultElectionService elections;
    MotionService motions;
    final List<ElectionPublished> published = new CopyOnWriteArrayList<>();

    /** The database the contract runs on: every test runs on H2 and on PostgreSQL. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase.Kind kind() {
        return database;
    }

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void seed() {
        published.clear(); // one instance serves both databases
        db = TestDatabase.of(kind());
        stores = db.stores(new ElectionServiceContract.MovableClock(START));
        motionStores = new MotionStores(stores, new JpaBylawsBook(db.em()), new JpaMotions(db.em()),
                new JpaNominations(db.em()), new JpaCongressVotes(db.em()), new JpaProxies(db.em()),
                new JpaNotifications(db.em()));
        assertTrue(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
        db.tx(() -> new DemoBylaws(motionStores).seedIfMissing());
        elections = new DefaultElectionService(stores, new JpaElections(db.em()), published::add);
        motions = new DefaultMotionService(motionStores,
                new Notifier(motionStores.core(), motionStores.notifications(), new JpaOutbox(db.em()),
                        new JpaMailPreferences(db.em())),
                new BallotBox(Optional.of(elections)));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    <T> T call(Supplier<T> work) {
        return db.tx(work);
    }

    Actor demo(String handle) {
        return new Actor(call(() -> stores.members().findByEmail(handle + "@" + DemoData.DOMAIN)).orElseThrow().id());
    }

    @Test
    void aBylawsAmendmentIsDecidedBySecretBallotAndPutsTheNextVersionInForce() {
        Map<MotionKind, DecisionBody> bodies = new java.util.EnumMap<>(MotionKind.class);
        Map<MotionKind, Threshold> thresholds = new java.util.EnumMap<>(MotionKind.class);
        for (MotionKind kind : MotionKind.values()) {
            bodies.put(kind, kind == MotionKind.AMENDMENT ? DecisionBody.CONGRESS : DecisionBody.SECRET_BALLOT);
            thresholds.put(kind, kind == MotionKind.BYLAWS_AMENDMENT ? Threshold.TWO_THIRDS : Threshold.SIMPLE);
        }
        Actor priya = demo("priya");
        Actor amara = demo("amara");
        MotionView drafted = call(() -> motions.proposeBylawsAmendment(priya, "fediverse-moderators",
                "Budgets by secret ballot", "Members decide budget motions themselves, in secret.",
                new BylawsProposal(25, 50, 2, 14, 7, 3, 2, bodies, thresholds)));
        MotionId id = MotionId.of(drafted.id());
        call(() -> motions.submit(priya, id));
        call(() -> motions.second(demo("jonas"), id));
        call(() -> motions.second(demo("chloe"), id));
        MotionView scheduled = call(() -> motions.schedule(amara, id, Optional.empty(),
                Optional.of(START.plusSeconds(7 * 24 * 3600))));
        assertEquals(MotionStatus.SCHEDULED, scheduled.status());
        assertEquals(Optional.of(DecisionBody.SECRET_BALLOT), scheduled.decidedBy());

        ElectionDriver driver = new ElectionDriver(elections, new ElectionDriver.Tx() {
            @Override
            public <T> T call(Supplier<T> work) {
                return db.tx(work);
            }
        });
        driver.follow(ElectionId.of(scheduled.electionId().orElseThrow()), amara);
        ElectionView prepared = driver.view(Optional.of(demo("chloe")));
        assertEquals(List.of("Kwame Mensah", "Priya Raman", "Yuki Tanaka"),
                prepared.trustees().stream().map(t -> t.displayName()).sorted().toList());
        assertEquals(2, prepared.threshold());
        driver.ceremony();
        List<String> voters = List.of("priya", "jonas", "chloe", "mateo", "yuki", "amara", "diego", "kwame");
        List<org.unionhall.crypto.ballot.Credential> credentials = voters.stream()
                .map(h -> driver.register(demo(h))).toList();
        assertEquals(MotionStatus.VOTING, call(() -> motions.openVoting(amara, id)).status());
        ElectionContext context = driver.context();
        int[] choices = {0, 0, 0, 0, 0, 0, 1, 1};
        for (int i = 0; i < voters.size(); i++) {
            driver.cast(demo(voters.get(i)), driver.ballot(context, credentials.get(i), choices[i]));
        }
        call(() -> elections.close(amara, driver.id));
        driver.decrypt(1, 3);

        assertEquals(1, published.size());
        ElectionPublished result = published.get(0);
        assertEquals(SubjectKind.MOTION, result.subjectKind());
        assertEquals(id.toString(), result.subjectId());
        call(() -> {
            motions.decideByBallot(result);
            return null;
        });
        MotionView decided = call(() -> motions.motion(priya, id));
        assertEquals(MotionStatus.CARRIED, decided.status());
        MotionView.Result figures = decided.result().orElseThrow();
        assertEquals(6, figures.inFavour());
        assertEquals(2, figures.against());
        assertEquals(0, figures.abstaining());
        assertEquals(result.eligibleCount(), figures.eligible());
        assertTrue(figures.quorumMet());
        BylawsView now = call(() -> motions.bylaws(priya, "fediverse-moderators"));
        assertEquals(Optional.of(2), now.number());
        assertEquals(Optional.of(id.toString()), now.adoptedByMotionId());
        assertEquals(DecisionBody.SECRET_BALLOT, now.rules().stream()
                .filter(r -> r.kind() == MotionKind.BUDGET).findFirst().orElseThrow().body());
    }
}
