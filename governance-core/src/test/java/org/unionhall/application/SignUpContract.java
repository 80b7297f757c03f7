package org.unionhall.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.SignUpService.ConfirmedSignUp;
import org.unionhall.application.SignUpService.SignUpForm;
import org.unionhall.domain.account.SignInToken;
import org.unionhall.domain.mail.MailCategory;
import org.unionhall.domain.mail.MailStatus;
import org.unionhall.domain.mail.OutgoingMail;
import org.unionhall.domain.membership.JoinRequestId;
import org.unionhall.domain.membership.JoinRequestStatus;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.privacy.Retention;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaPersonalData;
import org.unionhall.infrastructure.persistence.JpaSignInSessions;
import org.unionhall.infrastructure.persistence.JpaTwoFactors;
import org.unionhall.infrastructure.persistence.JpaSignUps;
import org.unionhall.infrastructure.throttle.InMemorySignInThrottle;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * Signing up from a union's public page, on a real database, as a newcomer, a person with an
 * account already, and someone out to fill a stranger's mailbox would use it: one answer and the
 * same work whether or not the address has an account; a link that holds a day and works once and
 * makes one account and one join request that the stewards decide as any other; expired, reused
 * and forged links refused and nothing made; unconfirmed sign-ups deleted when their link expires;
 * mails per address and sign-ups per client limited; hostile fields refused with what is wrong.
 * Each test uses its own addresses and client addresses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class SignUpContract {
    static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
    static final String UNION = "fediverse-moderators";
    static final String CHAPTER = "moderators-europe";
    static final String PASSWORD = "a-kettle-of-quiet-owls";
    static final Pattern LINK = Pattern.compile("https://union\\.example/signup/confirm\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    ManualClock clock;
    Stores stores;
    JpaOutbox outbox;
    SignUpService signUps;
    SignInService signIn;
    DirectoryService directory;
    MembershipService memberships;
    RetentionService retention;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void open() {
        db = TestDatabase.of(database);
        clock = new ManualClock(START);
        stores = db.stores(clock);
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        assertTrue(db.tx(() -> new DemoData(stores, hasher).seedIfEmpty()));
        outbox = new JpaOutbox(db.em());
        signUps = signUpService(db.em());
        signIn = new DefaultSignInService(stores, hasher, new InMemorySignInThrottle(), new JpaSignInSessions(db.em()),
                new JpaTwoFactors(db.em()));
        directory = new DefaultDirectoryService(stores);
        memberships = new DefaultMembershipService(stores);
        retention = new DefaultRetentionService(new JpaPersonalData(db.em()), new TimeSource(clock));
    }

    SignUpService signUpService(jakarta.persistence.EntityManager em) {
        Stores on = TestDatabase.stores(em, clock);
        return new DefaultSignUpService(on, new AccountOpening(on, new Argon2PasswordHasher()),
                new InMemorySignInThrottle(), new JpaSignUps(em), new JpaOutbox(em),
                new PublicAddress("https://union.example/"));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    Actor actor(String handle) {
        return new Actor(db.tx(() -> stores.members().findByEmail(handle + "@" + DemoData.DOMAIN)).orElseThrow().id());
    }

    static SignUpForm form(String chapter, String name, String email, String password, String note) {
        return new SignUpForm(chapter, name, email, password == null ? null : password.toCharArray(), note);
    }

    Optional<Duration> signUp(String name, String email, String client) {
        return db.tx(() -> signUps.signUp(UNION, form(CHAPTER, name, email, PASSWORD, "I moderate a small server."),
                client));
    }

    List<OutgoingMail> mailTo(String address) {
        return db.tx(() -> outbox.withStatus(MailStatus.PENDING, 0, 1000)).stream()
                .filter(m -> m.recipient().equals(address)).toList();
    }

    String tokenIn(OutgoingMail mail) {
        Matcher link = LINK.matcher(mail.body());
        assertTrue(link.find(), mail.body());
        return link.group(1);
    }

    String linkFor(String name, String email, String client) {
        assertEquals(Optional.empty(), signUp(name, email, client));
        List<OutgoingMail> mails = mailTo(email);
        return tokenIn(mails.get(mails.size() - 1));
    }

    boolean signsIn(String email, String password, String client) {
        return db.tx(() -> signIn.signIn(email, password.toCharArray(), client, null))
                instanceof SignInOutcome.SignedIn;
    }

    long rows(String sql, Object... values) throws SQLException {
        try (Connection c = db.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void theAnswerAndTheWorkAreTheSameWhetherOrNotTheAddressHasAnAccount() throws SQLException {
        long signUpsBefore = rows("SELECT COUNT(*) FROM sign_up");
        long mailsBefore = rows("SELECT COUNT(*) FROM outgoing_mail");
        long membersBefore = rows("SELECT COUNT(*) FROM union_member");

        assertEquals(Optional.empty(), signUp("Noor Haddad", " Noor@Example.ORG ", "198.51.100.1"));
        assertEquals(Optional.empty(), signUp("Lena again", "lena@" + DemoData.DOMAIN, "198.51.100.2"));

        assertEquals(signUpsBefore + 2, rows("SELECT COUNT(*) FROM sign_up"), "one row each");
        assertEquals(mailsBefore + 2, rows("SELECT COUNT(*) FROM outgoing_mail"), "one mail each");
        assertEquals(membersBefore, rows("SELECT COUNT(*) FROM union_member"), "nobody is made before the link");
        OutgoingMail noor = mailTo("noor@example.org").get(0);
        OutgoingMail lena = mailTo("lena@" + DemoData.DOMAIN).get(0);
        assertEquals("Unionhall: confirm your e-mail address to join Fediverse Moderators' Union", noor.subject());
        assertEquals(noor.subject(), lena.subject());
        assertEquals(MailCategory.SECURITY, noor.category());
        assertTrue(noor.body().contains("Moderators Europe"), noor.body());
        String token = tokenIn(noor);
        tokenIn(lena);

        assertEquals(0, rows("SELECT COUNT(*) FROM sign_up WHERE token_digest = ?", token));
        assertEquals(1, rows("SELECT COUNT(*) FROM sign_up WHERE token_digest = ?", new SignInToken(token).digest()),
                "only the token's digest is kept");
        assertEquals(0, rows("SELECT COUNT(*) FROM sign_up WHERE password_hash LIKE ?", "%" + PASSWORD + "%"),
                "the password is kept only as its hash");
        assertEquals(2, rows("SELECT COUNT(*) FROM sign_up WHERE password_hash LIKE '$argon2id$%' "
                + "AND email IN ('noor@example.org', ?)", "lena@" + DemoData.DOMAIN));
        assertTrue(SignUpService.REQUESTED.startsWith("Check your mail"));
    }

    @Test
    void theLinkMakesOneAccountAndAJoinRequestThatTheStewardsDecide() throws SQLException {
        String token = linkFor("Ravi Menon", "ravi@example.org", "198.51.100.10");
        assertFalse(signsIn("ravi@example.org", PASSWORD, "198.51.100.11"), "no account before the link");

        SignUpService.PendingSignUp pending = db.tx(() -> signUps.open(token));
        assertEquals(new SignUpService.PendingSignUp("Fediverse Moderators' Union", "Moderators Europe", "Ravi Menon",
                "ravi@example.org"), pending);
        assertEquals(0, rows("SELECT COUNT(*) FROM union_member WHERE email = 'ravi@example.org'"),
                "opening the page makes nothing");

        ConfirmedSignUp confirmed = db.tx(() -> signUps.confirm(token));
        assertEquals("ravi@example.org", confirmed.email());
        assertEquals(CHAPTER, confirmed.chapterSlug());
        assertEquals(UNION, confirmed.unionSlug());
        assertTrue(signsIn("ravi@example.org", PASSWORD, "198.51.100.12"), "the password chosen at sign-up");
        assertEquals(0, rows("SELECT COUNT(*) FROM sign_up WHERE email = 'ravi@example.org'"),
                "the sign-up is gone once confirmed");

        JoinRequestView request = db.tx(() -> directory.joinRequests(actor("jonas"), CHAPTER)).stream()
                .filter(r -> r.memberDisplayName().equals("Ravi Menon")).findFirst().orElseThrow();
        assertEquals(JoinRequestStatus.PENDING, request.status());
        assertEquals("I moderate a small server.", request.note());
        assertEquals(confirmed.joinRequestId(), request.id());

        RuntimeException reused = assertThrows(InvalidInput.class, () -> db.tx(() -> signUps.confirm(token)));
        assertTrue(reused.getMessage().contains("used already"), reused.getMessage());
        assertThrows(InvalidInput.class, () -> db.tx(() -> signUps.open(token)));
        assertEquals(1, rows("SELECT COUNT(*) FROM union_member WHERE email = 'ravi@example.org'"));

        JoinRequestView admitted = db.tx(() -> memberships.admit(actor("jonas"), JoinRequestId.of(request.id()),
                "Welcome"));
        assertEquals(JoinRequestStatus.ADMITTED, admitted.status());
        Actor ravi = new Actor(org.unionhall.domain.membership.MemberId.of(confirmed.memberId()));
        assertEquals(MembershipStatus.ACTIVE, db.tx(() -> directory.dashboard(ravi)).memberships().stream()
                .filter(m -> m.chapterSlug().equals(CHAPTER)).findFirst().orElseThrow().status());
    }

    @Test
    void aLinkForAnAddressThatHasAnAccountMakesNoSecondAccount() throws SQLException {
        String email = "chloe@" + DemoData.DOMAIN;
        String token = linkFor("Chloé the second", email, "198.51.100.20");
        long requests = rows("SELECT COUNT(*) FROM join_request");

        RuleViolation refused = assertThrows(RuleViolation.class, () -> db.tx(() -> signUps.confirm(token)));
        assertEquals(SignUpService.HAS_ACCOUNT, refused.getMessage());
        assertTrue(refused.getMessage().contains("Sign in"));
        assertEquals(1, rows("SELECT COUNT(*) FROM union_member WHERE email = ?", email));
        assertEquals(requests, rows("SELECT COUNT(*) FROM join_request"));
        assertTrue(signsIn(email, DemoData.PASSWORD, "198.51.100.21"), "her own password still holds");
        assertFalse(signsIn(email, PASSWORD, "198.51.100.22"), "the sign-up's password opens nothing");
    }

    @Test
    void twoUsesOfOneLinkAtOnceMakeOneAccount() throws Exception {
        String token = linkFor("Ines Duarte", "ines@example.org", "198.51.100.30");
        jakarta.persistence.EntityManager other = db.secondEntityManager();
        SignUpService second = signUpService(other);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return attempt(() -> db.tx(() -> signUps.confirm(token)));
            });
            Future<String> b = pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return attempt(() -> TestDatabase.tx(other, () -> second.confirm(token)));
            });
            List<String> answers = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
            assertEquals(1, answers.stream().filter(String::isEmpty).count(), answers.toString());
            assertTrue(answers.stream().anyMatch(m -> m.contains("used already")), answers.toString());
        } finally {
            pool.shutdownNow();
            other.close();
        }
        assertEquals(1, rows("SELECT COUNT(*) FROM union_member WHERE email = 'ines@example.org'"));
        assertEquals(1, rows("SELECT COUNT(*) FROM join_request r JOIN union_member m ON m.id = r.member_id "
                + "WHERE m.email = 'ines@example.org'"));
    }

    static String attempt(Runnable work) {
        try {
            work.run();
            return "";
        } catch (DomainException refused) {
            return refused.getMessage();
        }
    }

    @Test
    void anExpiredLinkMakesNothingAndTheUnconfirmedSignUpIsDeleted() throws SQLException {
        clock.set(START.plus(Duration.ofDays(10)));
        String token = linkFor("Late Larkin", "larkin@example.org", "198.51.100.40");
        clock.set(START.plus(Duration.ofDays(11)).plusSeconds(1));
        RuleViolation expired = assertThrows(RuleViolation.class, () -> db.tx(() -> signUps.confirm(token)));
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
        assertEquals(0, rows("SELECT COUNT(*) FROM union_member WHERE email = 'larkin@example.org'"));
        assertEquals(1, rows("SELECT COUNT(*) FROM sign_up WHERE email = 'larkin@example.org'"));

        int forgotten = db.tx(retention::forgetExpired).get(Retention.UNCONFIRMED_SIGN_UPS);
        assertTrue(forgotten >= 1, "forgotten: " + forgotten);
        assertEquals(0, rows("SELECT COUNT(*) FROM sign_up WHERE email = 'larkin@example.org'"),
                "name, address, password hash and note are gone");
        assertThrows(InvalidInput.class, () -> db.tx(() -> signUps.confirm(token)));
        clock.set(START);
    }

    @Test
    void nobodyCanFillAStrangersMailboxOrFloodFromOneClient() throws SQLException {
        clock.set(START.plus(Duration.ofDays(20)));
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), signUp("Stranger", "stranger@example.org", "198.51.100." + (50 + i)));
        }
        Optional<Duration> wait = signUp("Stranger", "stranger@example.org", "198.51.100.60");
        assertEquals(Optional.of(Duration.ofHours(24)), wait, "at most three mails an address a day");
        assertEquals(3, mailTo("stranger@example.org").size());
        clock.set(START.plus(Duration.ofDays(21)).plusSeconds(1));
        assertEquals(Optional.empty(), signUp("Stranger", "stranger@example.org", "198.51.100.61"), "a day later");

        Optional<Duration> slowed = Optional.empty();
        for (int i = 0; i < 8 && slowed.isEmpty(); i++) {
            slowed = signUp("Flood " + i, "flood" + i + "@example.org", "203.0.113.9");
        }
        assertTrue(slowed.isPresent(), "one client is slowed down after a few sign-ups");
        clock.set(START);
    }

    @Test
    void hostileFieldsAreRefusedWithWhatIsWrongAndNothingIsWritten() throws SQLException {
        long signUpsBefore = rows("SELECT COUNT(*) FROM sign_up");
        long mailsBefore = rows("SELECT COUNT(*) FROM outgoing_mail");
        String ok = "ok@example.org";
        assertRefused(NotFound.class, "no union", "no-such-union", form(CHAPTER, "A", ok, PASSWORD, ""));
        assertRefused(InvalidInput.class, "not a chapter of Fediverse Moderators' Union", UNION,
                form("makers-crafters", "A", ok, PASSWORD, ""));
        assertRefused(InvalidInput.class, "not a chapter", UNION, form("no-such-chapter", "A", ok, PASSWORD, ""));
        assertRefused(InvalidInput.class, "Choose the chapter", UNION, form(null, "A", ok, PASSWORD, ""));
        assertRefused(InvalidInput.class, "Your name is too long", UNION,
                form(CHAPTER, "N".repeat(81), ok, PASSWORD, ""));
        assertRefused(InvalidInput.class, "Your name is required", UNION, form(CHAPTER, " ", ok, PASSWORD, ""));
        assertRefused(InvalidInput.class, "line breaks", UNION, form(CHAPTER, "A\nB", ok, PASSWORD, ""));
        assertRefused(InvalidInput.class, "e-mail address", UNION,
                form(CHAPTER, "A", "a".repeat(250) + "@example.org", PASSWORD, ""));
        assertRefused(InvalidInput.class, "e-mail address", UNION, form(CHAPTER, "A", "not an address", PASSWORD, ""));
        assertRefused(InvalidInput.class, "e-mail address", UNION, form(CHAPTER, "A", null, PASSWORD, ""));
        assertRefused(InvalidInput.class, "note is too long", UNION, form(CHAPTER, "A", ok, PASSWORD, "n".repeat(1001)));
        assertRefused(InvalidInput.class, "too short", UNION, form(CHAPTER, "A", ok, "short", ""));
        assertRefused(InvalidInput.class, "common", UNION, form(CHAPTER, "A", ok, "password123", ""));
        assertRefused(InvalidInput.class, "too long", UNION, form(CHAPTER, "A", ok, "p".repeat(129), ""));
        assertRefused(InvalidInput.class, "required", UNION, form(CHAPTER, "A", ok, null, ""));
        assertRefused(InvalidInput.class, "Give the chapter", UNION, null);
        assertEquals(signUpsBefore, rows("SELECT COUNT(*) FROM sign_up"));
        assertEquals(mailsBefore, rows("SELECT COUNT(*) FROM outgoing_mail"));

        for (String forged : new String[] {null, "", "x", "A".repeat(43), "' OR 1=1 --", "A".repeat(10_000)}) {
            RuntimeException refused = assertThrows(InvalidInput.class, () -> db.tx(() -> signUps.confirm(forged)));
            assertEquals(org.unionhall.domain.account.SignUp.NOT_VALID, refused.getMessage());
            assertThrows(InvalidInput.class, () -> db.tx(() -> signUps.open(forged)));
        }
    }

    void assertRefused(Class<? extends RuntimeException> type, String words, String union, SignUpForm form) {
        RuntimeException refused = assertThrows(type, () -> db.tx(() -> signUps.signUp(union, form, "192.0.2.77")));
        assertTrue(refused.getMessage().contains(words), refused.getMessage());
        if (form != null && form.password() != null) {
            for (char c : form.password()) {
                assertEquals('\0', c, "the password is wiped whatever the answer");
            }
        }
    }
}
