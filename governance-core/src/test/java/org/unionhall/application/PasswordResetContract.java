package org.unionhall.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.domain.account.PasswordReset;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.account.SignInToken;
import org.unionhall.domain.mail.MailCategory;
import org.unionhall.domain.mail.MailStatus;
import org.unionhall.domain.mail.OutgoingMail;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaPasswordResets;
import org.unionhall.infrastructure.persistence.JpaSignInSessions;
import org.unionhall.infrastructure.persistence.JpaTwoFactors;
import org.unionhall.infrastructure.throttle.InMemorySignInThrottle;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * Password reset by e-mail and password change, on a real database, as a member (and someone
 * guessing at accounts) would use them: one answer and the same work whether or not an address
 * has an account; a link that holds an hour and works once; expired, reused and forged links
 * refused with their reason and nothing changed; a reset or change signs every other browser out
 * and always mails the member; requests limited per address and per client. Each test uses its
 * own people and client addresses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class PasswordResetContract {
    static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
    static final String PASSWORD = "the-old-lantern-2026";
    static final String NEW_PASSWORD = "a-river-of-paper-boats";
    static final Pattern LINK = Pattern.compile("https://union\\.example/password/reset\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    ManualClock clock;
    Stores stores;
    JpaOutbox outbox;
    JpaSignInSessions sessions;
    PasswordResetService resets;
    SignInService signIn;
    AccountService accounts;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void open() {
        db = TestDatabase.of(database);
        clock = new ManualClock(START);
        stores = db.stores(clock);
        outbox = new JpaOutbox(db.em());
        sessions = new JpaSignInSessions(db.em());
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        PublicAddress address = new PublicAddress("https://union.example/");
        resets = new DefaultPasswordResetService(stores, hasher, new InMemorySignInThrottle(), sessions,
                new JpaPasswordResets(db.em()), outbox, address);
        signIn = new DefaultSignInService(stores, hasher, new InMemorySignInThrottle(), sessions, new JpaTwoFactors(db.em()));
        accounts = new DefaultAccountService(stores, hasher, new InMemorySignInThrottle(), sessions,
                new JpaPasswordResets(db.em()), outbox, address);
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    Member member(String handle) {
        Member m = db.tx(() -> {
            Member created = new Member("Member " + handle, handle + "@union.example", "en", clock.instant());
            stores.members().add(created);
            return created;
        });
        db.run(() -> stores.accounts().add(new SignInAccount(m.id(),
                new Argon2PasswordHasher().hash(PASSWORD.toCharArray()), clock.instant())));
        return m;
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

    String requestLink(String handle, String client) {
        assertEquals(Optional.empty(), db.tx(() -> resets.requestReset(" " + handle.toUpperCase() + "@Union.Example ",
                client)));
        return tokenIn(mailTo(handle + "@union.example").stream()
                .filter(m -> m.subject().equals("Unionhall: reset your password")).findFirst().orElseThrow());
    }

    boolean signsIn(String handle, String password, String client) {
        return db.tx(() -> signIn.signIn(handle + "@union.example", password.toCharArray(), client, null))
                instanceof SignInOutcome.SignedIn;
    }

    long rows(String sql) throws SQLException {
        try (Connection c = db.jdbc(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    void assertRefused(Class<? extends RuntimeException> type, String words, String token, String password) {
        RuntimeException refused = assertThrows(type, () -> db.run(() -> resets.resetPassword(token,
                password.toCharArray())));
        assertTrue(refused.getMessage().contains(words), refused.getMessage());
    }

    @Test
    void theAnswerAndTheWorkAreTheSameWhetherOrNotTheAddressHasAnAccount() throws SQLException {
        Member anna = member("anna");
        long resetsBefore = rows("SELECT COUNT(*) FROM password_reset");
        long mailsBefore = rows("SELECT COUNT(*) FROM outgoing_mail");

        assertEquals(Optional.empty(), db.tx(() -> resets.requestReset("anna@union.example", "198.51.100.1")));
        assertEquals(resetsBefore + 1, rows("SELECT COUNT(*) FROM password_reset"));
        assertEquals(mailsBefore + 1, rows("SELECT COUNT(*) FROM outgoing_mail"));
        assertEquals(Optional.empty(), db.tx(() -> resets.requestReset("nobody-here@union.example", "198.51.100.2")));
        assertEquals(resetsBefore + 2, rows("SELECT COUNT(*) FROM password_reset"), "the same rows for an unknown address");
        assertEquals(mailsBefore + 2, rows("SELECT COUNT(*) FROM outgoing_mail"));

        OutgoingMail link = mailTo(anna.email()).get(0);
        assertEquals("Unionhall: reset your password", link.subject());
        assertEquals(MailCategory.SECURITY, link.category());
        String token = tokenIn(link);
        OutgoingMail none = mailTo("nobody-here@union.example").get(0);
        assertEquals(link.subject(), none.subject());
        assertTrue(none.body().contains("There is no account with this address"), none.body());
        assertFalse(LINK.matcher(none.body()).find());

        assertEquals(0, rows("SELECT COUNT(*) FROM password_reset WHERE token_digest = '" + token + "'"));
        assertEquals(1, rows("SELECT COUNT(*) FROM password_reset WHERE token_digest = '"
                + new SignInToken(token).digest() + "'"), "only the token's digest is kept");
        assertEquals(0, rows("SELECT COUNT(*) FROM password_reset WHERE address_digest LIKE '%@%'"));
        assertTrue(PasswordResetService.REQUESTED.startsWith("If an account uses this address"));
    }

    @Test
    void aLinkSetsANewPasswordOnceAndSignsTheMemberOutEverywhere() throws SQLException {
        Member bo = member("bo");
        SignInService.StartedSession laptop = db.tx(() -> signIn.startSession(bo.id(), null));
        SignInService.StartedSession phone = db.tx(() -> signIn.startSession(bo.id(), null));
        String token = requestLink("bo", "198.51.100.10");

        db.run(() -> resets.checkLink(token));
        assertRefused(InvalidInput.class, "common", token, "password123");
        assertRefused(InvalidInput.class, "too short", token, "short");
        assertTrue(signsIn("bo", PASSWORD, "198.51.100.11"), "a refused password changes nothing");

        db.run(() -> resets.resetPassword(token, NEW_PASSWORD.toCharArray()));
        assertFalse(signsIn("bo", PASSWORD, "198.51.100.12"));
        assertTrue(signsIn("bo", NEW_PASSWORD, "198.51.100.13"));
        assertTrue(db.tx(() -> signIn.resumeSession(laptop.sessionToken())).isEmpty(), "signed out everywhere");
        assertTrue(db.tx(() -> signIn.resumeSession(phone.sessionToken())).isEmpty());
        assertEquals(0, rows("SELECT COUNT(*) FROM trusted_device WHERE member_id = '" + bo.id() + "'"),
                "no browser stays trusted");

        OutgoingMail changed = mailTo("bo@union.example").stream()
                .filter(m -> m.subject().equals("Unionhall: your password was changed")).findFirst().orElseThrow();
        assertEquals(MailCategory.SECURITY, changed.category(), "sent whatever the member chose");

        RuntimeException reused = assertThrows(RuleViolation.class, () -> db.run(() -> resets.checkLink(token)));
        assertTrue(reused.getMessage().contains("used already"), reused.getMessage());
        assertRefused(RuleViolation.class, "used already", token, "someone-elses-choice-99");
        assertTrue(signsIn("bo", NEW_PASSWORD, "198.51.100.14"), "a reused link changes nothing");
    }

    @Test
    void expiredAndForgedLinksAreRefusedWithTheirReasonAndChangeNothing() {
        member("cleo");
        String token = requestLink("cleo", "198.51.100.20");
        clock.advance(PasswordReset.VALID_FOR);
        assertRefused(RuleViolation.class, "expired", token, NEW_PASSWORD);
        clock.set(START);

        String forged = SignInToken.generate().value();
        assertRefused(InvalidInput.class, "not valid", forged, NEW_PASSWORD);
        assertRefused(InvalidInput.class, "not valid", "../../etc/passwd", NEW_PASSWORD);
        assertRefused(InvalidInput.class, "not valid", null, NEW_PASSWORD);
        assertRefused(InvalidInput.class, "not valid", token.substring(1) + "A", NEW_PASSWORD);
        assertTrue(signsIn("cleo", PASSWORD, "198.51.100.21"));
        assertThrows(InvalidInput.class, () -> db.tx(() -> resets.requestReset("not an address", "198.51.100.22")));
    }

    @Test
    void requestsAreLimitedPerAddressAndPerClientTheSameForUnknownAddresses() {
        member("dev");
        for (String address : List.of("dev@union.example", "nobody-at-all@union.example")) {
            for (int i = 0; i < PasswordReset.MAX_REQUESTS; i++) {
                String client = "203.0.113." + (address.hashCode() & 0x3f) + i;
                assertEquals(Optional.empty(), db.tx(() -> resets.requestReset(address, client)));
            }
            Optional<Duration> wait = db.tx(() -> resets.requestReset(address, "203.0.113.200"));
            assertTrue(wait.isPresent(), "a fourth request within the hour waits: " + address);
            assertEquals(PasswordReset.MAX_REQUESTS, mailTo(address).size(), "no fourth mail");
        }
        clock.advance(PasswordReset.REQUEST_WINDOW.plusMinutes(1));
        assertEquals(Optional.empty(), db.tx(() -> resets.requestReset("dev@union.example", "203.0.113.201")));

        List<Optional<Duration>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String address = "stranger" + i + "@union.example";
            answers.add(db.tx(() -> resets.requestReset(address, "203.0.113.250")));
        }
        assertTrue(answers.subList(0, 5).stream().allMatch(Optional::isEmpty), answers::toString);
        assertTrue(answers.get(5).isPresent(), "one client asking for many addresses is slowed down");
        clock.set(START);
    }

    @Test
    void aSignedInMemberChangesTheirPasswordAndTheirOtherBrowsersAreSignedOut() throws SQLException {
        Member eve = member("eve");
        SignInService.StartedSession here = db.tx(() -> signIn.startSession(eve.id(), null));
        SignInService.StartedSession elsewhere = db.tx(() -> signIn.startSession(eve.id(), null));
        String outstanding = requestLink("eve", "198.51.100.40");
        Actor actor = new Actor(eve.id());

        assertThrows(RuleViolation.class, () -> db.run(() -> accounts.changePassword(actor,
                "not-the-password".toCharArray(), NEW_PASSWORD.toCharArray(), here.sessionToken(), here.deviceToken())));
        assertTrue(db.tx(() -> signIn.resumeSession(elsewhere.sessionToken())).isPresent(), "a refusal signs nobody out");

        db.run(() -> accounts.changePassword(actor, PASSWORD.toCharArray(), NEW_PASSWORD.toCharArray(),
                here.sessionToken(), here.deviceToken()));
        assertTrue(db.tx(() -> signIn.resumeSession(here.sessionToken())).isPresent(), "this browser stays signed in");
        assertTrue(db.tx(() -> signIn.resumeSession(elsewhere.sessionToken())).isEmpty(), "the other one is signed out");
        assertEquals(1, rows("SELECT COUNT(*) FROM trusted_device WHERE member_id = '" + eve.id() + "'"));
        assertRefused(InvalidInput.class, "not valid", outstanding, "yet-another-password-7");
        assertInstanceOf(SignInOutcome.Refused.class, db.tx(() -> signIn.signIn("eve@union.example",
                PASSWORD.toCharArray(), "198.51.100.41", null)));
        assertEquals(1, mailTo("eve@union.example").stream()
                .filter(m -> m.subject().equals("Unionhall: your password was changed")).count());
    }

    @Test
    void aLinkUsedTwiceAtTheSameMomentSetsOnePassword() throws Exception {
        member("fay");
        String token = requestLink("fay", "198.51.100.60");
        List<String> outcomes = db.twiceAtOnce((em, i) -> {
            String password = "fay-chose-this-one-" + i;
            new DefaultPasswordResetService(TestDatabase.stores(em, clock), new Argon2PasswordHasher(),
                    new InMemorySignInThrottle(), new JpaSignInSessions(em), new JpaPasswordResets(em),
                    new JpaOutbox(em), new PublicAddress("https://union.example"))
                    .resetPassword(token, password.toCharArray());
            return password;
        });
        List<String> set = outcomes.stream().filter(o -> o.startsWith("fay-chose-this-one-")).toList();
        assertEquals(1, set.size(), "one use sets the password: " + outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> o.contains("used already")), outcomes::toString);
        assertTrue(signsIn("fay", set.get(0), "198.51.100.61"));
    }
}
