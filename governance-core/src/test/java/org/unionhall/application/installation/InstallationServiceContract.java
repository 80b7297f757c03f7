package org.unionhall.application.installation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.DefaultDirectoryService;
import org.unionhall.application.DefaultSignInService;
import org.unionhall.application.SignInOutcome;
import org.unionhall.application.Stores;
import org.unionhall.application.TimeSource;
import org.unionhall.application.UnionView;
import org.unionhall.domain.account.PasswordHasher;
import org.unionhall.domain.installation.Installation;
import org.unionhall.domain.installation.SetupLink;
import org.unionhall.domain.installation.SetupToken;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaAuditTrail;
import org.unionhall.infrastructure.persistence.JpaChapters;
import org.unionhall.infrastructure.persistence.JpaFederations;
import org.unionhall.infrastructure.persistence.JpaInstallations;
import org.unionhall.infrastructure.persistence.JpaInstances;
import org.unionhall.infrastructure.persistence.JpaJoinRequests;
import org.unionhall.infrastructure.persistence.JpaMandates;
import org.unionhall.infrastructure.persistence.JpaMembers;
import org.unionhall.infrastructure.persistence.JpaMemberships;
import org.unionhall.infrastructure.persistence.JpaSignInAccounts;
import org.unionhall.infrastructure.persistence.JpaSignInSessions;
import org.unionhall.infrastructure.persistence.JpaTwoFactors;
import org.unionhall.infrastructure.persistence.JpaUnions;
import org.unionhall.infrastructure.throttle.InMemorySignInThrottle;
import org.unionhall.testsupport.TestDatabase;

/**
 * The first run of an installation on a real, empty database, H2 and PostgreSQL: the setup link
 * works once and for 24 hours, a forged, reused, replaced or expired one founds nothing, founding
 * is all or nothing (a crash half-way leaves the installation empty and the link still good), two
 * people founding at once with the same link give one installation, and the founder signs in as
 * the union's steward and the installation's operator.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class InstallationServiceContract {
    static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    static final String PASSWORD = "first steward's long passphrase";

    /** The database the contract runs on. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    SettableClock clock;
    PasswordHasher hasher;
    InstallationService service;

    @BeforeEach
    void emptyInstallation() {
        db = TestDatabase.of(database);
        clock = new SettableClock(NOW);
        hasher = new Argon2PasswordHasher();
        service = serviceOn(db.em(), stores(db.em()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    Stores stores(EntityManager em) {
        return TestDatabase.stores(em, clock);
    }

    InstallationService serviceOn(EntityManager em, Stores stores) {
        return new DefaultInstallationService(stores, new JpaInstallations(em), hasher);
    }

    <T> T call(java.util.function.Supplier<T> work) {
        return db.tx(work);
    }

    static FoundInstallation founding(String password) {
        return new FoundInstallation("Platform Workers' Federation", "Couriers' Union", "couriers",
                "Couriers Lisbon", "Inês Ramos", "Ines.Ramos@Example.org", password.toCharArray());
    }

    String token() {
        return call(service::openSetup).orElseThrow().token().value();
    }

    long count(String table) throws SQLException {
        try (Connection c = db.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void assertNothingFounded() throws SQLException {
        for (String table : List.of("federation", "trade_union", "chapter", "union_member", "membership", "mandate",
                "sign_in_account", "audit_entry")) {
            assertEquals(0, count(table), table + " holds rows after a refused founding");
        }
        assertFalse(call(service::isSetUp));
    }

    // --- the link -------------------------------------------------------------------------------

    @Test
    void anEmptyInstallationGetsALinkForADayWhoseTokenIsNeverStored() throws SQLException {
        assertFalse(call(service::isSetUp));
        IssuedSetupLink link = call(service::openSetup).orElseThrow();
        assertEquals(NOW.plus(Duration.ofHours(24)), link.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertEquals("http://localhost:8080/setup?token=" + link.token().value(), link.address("http://localhost:8080"));
        assertEquals(Optional.empty(), call(() -> service.refusal(link.token().value())));
        try (Connection c = db.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT token_digest, used_at FROM setup_link")) {
            assertTrue(rs.next());
            assertEquals(link.token().digest(), rs.getString(1));
            assertFalse(rs.getString(1).contains(link.token().value()));
            assertEquals(null, rs.getObject(2));
            assertFalse(rs.next(), "one link at a time");
        }
    }

    @Test
    void aForgedOrMalformedLinkFoundsNothing() throws SQLException {
        token();
        for (String forged : new String[] {SetupToken.generate().value(), "", null, "abc", "' OR '1'='1",
                "x".repeat(10_000), SetupToken.generate().value() + "="}) {
            assertEquals(Optional.of(SetupLink.UNKNOWN), call(() -> service.refusal(forged)));
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> call(() -> service.found(forged, founding(PASSWORD))));
            assertEquals(SetupLink.UNKNOWN, refused.getMessage());
        }
        assertNothingFounded();
    }

    @Test
    void aLinkExpiresAfter24Hours() throws SQLException {
        String token = token();
        clock.set(NOW.plus(Duration.ofHours(24)).minusSeconds(1));
        assertEquals(Optional.empty(), call(() -> service.refusal(token)));
        clock.set(NOW.plus(Duration.ofHours(24)).plusMillis(10));
        String reason = call(() -> service.refusal(token)).orElseThrow();
        assertTrue(reason.startsWith("This setup link expired on "), reason);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> call(() -> service.found(token, founding(PASSWORD))));
        assertEquals(reason, refused.getMessage());
        assertNothingFounded();
    }

    @Test
    void aNewLinkReplacesTheOldOne() throws SQLException {
        String first = token();
        String second = token();
        assertEquals(Optional.of(SetupLink.UNKNOWN), call(() -> service.refusal(first)));
        assertThrows(RuleViolation.class, () -> call(() -> service.found(first, founding(PASSWORD))));
        assertNothingFounded();
        call(() -> service.found(second, founding(PASSWORD)));
        assertEquals(1, count("federation"));
    }

    // --- founding -------------------------------------------------------------------------------

    @Test
    void foundingMakesTheUnionAndItsStewardWhoIsTheOperatorAndCanSignIn() throws SQLException {
        String token = token();
        FoundedInstallation founded = call(() -> service.found(token, founding(PASSWORD)));

        assertEquals("ines.ramos@example.org", founded.stewardEmail());
        assertEquals("couriers", founded.unionSlug());
        assertEquals("couriers-lisbon", founded.chapterSlug());
        assertEquals("Platform Workers' Federation", founded.federationName());
        assertTrue(call(service::isSetUp));
        assertEquals(Optional.empty(), call(service::openSetup), "no link once set up");
        assertEquals(Optional.of(Installation.ALREADY_SET_UP), call(() -> service.refusal(token)));
        RuleViolation reused = assertThrows(RuleViolation.class, () -> call(() -> service.found(token, founding(PASSWORD))));
        assertEquals(Installation.ALREADY_SET_UP, reused.getMessage());
        assertEquals(1, count("federation"));
        assertEquals(1, count("union_member"));

        Stores stores = stores(db.em());
        SignInOutcome outcome = call(() -> new DefaultSignInService(stores, hasher, new InMemorySignInThrottle(),
                new JpaSignInSessions(db.em()), new JpaTwoFactors(db.em())).signIn(" INES.RAMOS@example.org ", PASSWORD.toCharArray(), "192.0.2.1", null));
        SignInOutcome.SignedIn signedIn = assertInstanceOf(SignInOutcome.SignedIn.class, outcome);
        assertEquals("Inês Ramos", signedIn.displayName());

        Actor steward = new Actor(signedIn.memberId());
        Powers powers = call(() -> steward.powers(stores));
        assertTrue(powers.isOperator());
        powers.requireOperator();
        UnionView union = call(() -> new DefaultDirectoryService(stores).union(steward, "couriers"));
        assertTrue(union.viewerIsSteward());
        assertTrue(union.viewerIsMember());
        assertEquals("Couriers' Union", union.name());
        assertEquals(List.of("Couriers Lisbon"), union.chapters().stream().map(c -> c.name()).toList());
        List<Mandate> mandates = call(() -> stores.mandates().ofMember(signedIn.memberId()));
        assertEquals(1, mandates.size());
        assertEquals(MandateRole.STEWARD, mandates.get(0).role());
        assertEquals(new org.unionhall.domain.membership.Term(LocalDate.of(2026, 12, 7), LocalDate.of(2028, 12, 6)),
                mandates.get(0).term());
        assertEquals(2, count("audit_entry"), "the founding membership and the founding steward are in the audit trail");
    }

    @Test
    void anyoneElseIsNotTheOperator() {
        call(() -> new DemoData(stores(db.em()), hasher).seedIfEmpty());
        Stores stores = stores(db.em());
        // Amara is the demo's operator; Lena stewards another union.
        Actor lena = new Actor(call(() -> stores.members().findByEmail("lena@" + DemoData.DOMAIN)).orElseThrow().id());
        Powers powers = call(() -> lena.powers(stores));
        assertFalse(powers.isOperator(), "a union's steward is not the installation's operator");
        assertThrows(AccessDenied.class, powers::requireOperator);
    }

    @Test
    void badInputFoundsNothingAndTheLinkStillWorks() throws SQLException {
        String token = token();
        List<FoundInstallation> bad = List.of(
                new FoundInstallation("", "Couriers' Union", "couriers", "Lisbon", "Inês", "ines@example.org", PASSWORD.toCharArray()),
                new FoundInstallation("Federation", "Couriers' Union", "Couriers Union!", "Lisbon", "Inês", "ines@example.org", PASSWORD.toCharArray()),
                new FoundInstallation("Federation", "Couriers' Union", "couriers", " ", "Inês", "ines@example.org", PASSWORD.toCharArray()),
                new FoundInstallation("Federation", "Couriers' Union", "couriers", "Lisbon", "Inês\nRamos", "ines@example.org", PASSWORD.toCharArray()),
                new FoundInstallation("Federation", "Couriers' Union", "couriers", "Lisbon", "Inês", "not an address", PASSWORD.toCharArray()),
                new FoundInstallation("Federation", "Couriers' Union", "couriers", "Lisbon", "Inês", "ines@example.org", "short".toCharArray()),
                new FoundInstallation("Federation", "Couriers' Union", "couriers", "Lisbon", "Inês", "ines@example.org", "password123".toCharArray()),
                new FoundInstallation("Federation", "Couriers' Union", "couriers", "Lisbon", "Inês", "ines@example.org", null),
                new FoundInstallation("Federation", "x".repeat(121), "couriers", "Lisbon", "Inês", "ines@example.org", PASSWORD.toCharArray()));
        for (FoundInstallation f : bad) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> call(() -> service.found(token, f)));
            assertFalse(refused.getMessage().isBlank());
        }
        assertNothingFounded();
        assertEquals(Optional.empty(), call(() -> service.refusal(token)));
        call(() -> service.found(token, founding(PASSWORD)));
        assertTrue(call(service::isSetUp));
    }

    @Test
    void aCrashHalfWayLeavesTheInstallationAsItWasAndTheLinkStillWorks() throws SQLException {
        String token = token();
        EntityManager em = db.em();
        Stores stores = stores(em);
        Stores failing = new Stores(stores.federations(), stores.unions(), stores.chapters(), stores.members(),
                stores.memberships(), stores.joinRequests(), new JpaMandates(em) {
                    @Override
                    public void add(Mandate mandate) {
                        throw new IllegalStateException("the power went out as the steward's mandate was written");
                    }
                }, stores.instances(), stores.audit(), stores.accounts(), stores.recordAccesses(), new TimeSource(clock));
        InstallationService crashing = serviceOn(em, failing);
        assertThrows(IllegalStateException.class, () -> call(() -> crashing.found(token, founding(PASSWORD))));

        assertNothingFounded();
        assertEquals(Optional.empty(), call(() -> service.refusal(token)));
        call(() -> service.found(token, founding(PASSWORD)));
        assertEquals(1, count("union_member"));
    }

    @Test
    void twoPeopleFoundingAtOnceWithTheSameLinkMakeOneInstallation() throws Exception {
        String token = token();
        EntityManager other = db.secondEntityManager();
        InstallationService secondBrowser = serviceOn(other, stores(other));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<FoundedInstallation>> browsers = List.of(
                    () -> {
                        start.await();
                        return db.tx(() -> service.found(token, founding(PASSWORD)));
                    },
                    () -> {
                        start.await();
                        return TestDatabase.tx(other, () -> secondBrowser.found(token, new FoundInstallation(
                                "Another Federation", "Another Union", "another", "Another Chapter", "Someone Else",
                                "someone@example.org", PASSWORD.toCharArray())));
                    });
            List<Future<FoundedInstallation>> answers = new ArrayList<>();
            for (Callable<FoundedInstallation> b : browsers) {
                answers.add(pool.submit(b));
            }
            start.countDown();
            int won = 0;
            List<String> refusals = new ArrayList<>();
            for (Future<FoundedInstallation> answer : answers) {
                try {
                    answer.get(2, TimeUnit.MINUTES);
                    won++;
                } catch (ExecutionException e) {
                    RuleViolation refused = assertInstanceOf(RuleViolation.class, e.getCause(), () -> "not a clear answer: " + e.getCause());
                    refusals.add(refused.getMessage());
                }
            }
            assertEquals(1, won, "exactly one founds the installation; the other was told: " + refusals);
            assertEquals(1, refusals.size());
            assertTrue(refusals.get(0).equals(Installation.ALREADY_SET_UP)
                    || refusals.get(0).equals(DefaultInstallationService.BUSY), refusals.get(0));
        } finally {
            pool.shutdownNow();
            other.close();
        }
        assertEquals(1, count("federation"));
        assertEquals(1, count("trade_union"));
        assertEquals(1, count("union_member"));
        assertEquals(1, count("sign_in_account"));
    }

    @Test
    void theOneWhoCheckedTheLinkBeforeTheOtherFoundedItIsToldItIsSetUp() throws SQLException {
        String token = token();
        EntityManager other = db.secondEntityManager();
        try {
            InstallationService slower = serviceOn(other, stores(other));
            other.getTransaction().begin();
            assertEquals(Optional.empty(), slower.refusal(token), "the link still works when the slower one looks");
            call(() -> service.found(token, founding(PASSWORD)));
            RuleViolation told = assertThrows(RuleViolation.class, () -> slower.found(token, new FoundInstallation(
                    "Another Federation", "Another Union", "another", "Another Chapter", "Someone Else",
                    "someone@example.org", PASSWORD.toCharArray())));
            assertEquals(Installation.ALREADY_SET_UP, told.getMessage());
        } finally {
            if (other.getTransaction().isActive()) {
                other.getTransaction().rollback();
            }
            other.close();
        }
        assertEquals(1, count("union_member"));
        assertEquals("ines.ramos@example.org", call(() -> stores(db.em()).members().findByEmail("ines.ramos@example.org"))
                .orElseThrow().email());
    }

    // --- at the console -------------------------------------------------------------------------

    @Test
    void theConsoleFoundsWithoutALinkOnceAndPrintedLinksStopWorking() throws SQLException {
        String printed = token();
        FoundedInstallation founded = call(() -> service.foundAtConsole(founding(PASSWORD)));
        assertEquals("couriers", founded.unionSlug());
        assertEquals(Optional.of(Installation.ALREADY_SET_UP), call(() -> service.refusal(printed)));
        RuleViolation again = assertThrows(RuleViolation.class, () -> call(() -> service.foundAtConsole(founding(PASSWORD))));
        assertEquals(Installation.ALREADY_SET_UP, again.getMessage());
        assertEquals(1, count("federation"));
        assertEquals(Optional.empty(), call(service::openSetup));
    }

    @Test
    void theDemoDataCountsAsSetUp() throws SQLException {
        assertTrue(call(() -> new DemoData(stores(db.em()), hasher).seedIfEmpty()));
        assertTrue(call(service::isSetUp));
        assertEquals(Optional.empty(), call(service::openSetup));
        assertEquals(0, count("setup_link"));
        assertThrows(RuleViolation.class, () -> call(() -> service.foundAtConsole(founding(PASSWORD))));
    }

    /** A clock a test sets; each read moves it one millisecond. */
    static final class SettableClock extends Clock {
        private final AtomicReference<Instant> now;

        SettableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("always UTC");
        }

        @Override
        public Instant instant() {
            return now.getAndUpdate(t -> t.plusMillis(1));
        }
    }
}
