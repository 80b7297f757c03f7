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
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.domain.account.Base32;
import org.unionhall.domain.account.RecoveryCode;
import org.unionhall.domain.account.SignInSession;
import org.unionhall.domain.account.Totp;
import org.unionhall.domain.mail.MailStatus;
import org.unionhall.domain.mail.OutgoingMail;
import org.unionhall.domain.membership.JoinRequestId;
import org.unionhall.domain.membership.JoinRequestStatus;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.SecondFactor;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaPersonalData;
import org.unionhall.infrastructure.persistence.JpaPasswordResets;
import org.unionhall.infrastructure.persistence.JpaSignInSessions;
import org.unionhall.infrastructure.persistence.JpaTwoFactors;
import org.unionhall.infrastructure.throttle.InMemorySignInThrottle;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * Two-factor sign-in on a real database, as a member (and someone who has their password) would
 * meet it: turning it on with a code from the app, signing in with a code or a recovery code,
 * replayed and guessed codes refused without locking the member out of their own browser, turning
 * it off, new recovery codes in place of the old ones, an officer refused until their session gave a
 * code, and the member's list of sessions.
 * The demo data gives the people; each test uses its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class TwoFactorContract {
    static final Instant START = Instant.parse("2026-05-04T08:00:00.000Z");
    static final String ADDRESS = "198.51.100.7";
    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    ManualClock clock;
    Stores stores;
    JpaOutbox outbox;
    SignInService signIn;
    TwoFactorService twoFactor;
    AccountService accounts;
    MembershipService membership;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void open() {
        db = TestDatabase.of(database);
        clock = new ManualClock(START);
        stores = db.stores(clock);
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        assertTrue(db.tx(() -> new DemoData(stores, hasher).seedIfEmpty()));
        outbox = new JpaOutbox(db.em());
        JpaSignInSessions sessions = new JpaSignInSessions(db.em());
        JpaTwoFactors factors = new JpaTwoFactors(db.em());
        InMemorySignInThrottle throttle = new InMemorySignInThrottle();
        PublicAddress address = new PublicAddress("https://union.example");
        signIn = new DefaultSignInService(stores, hasher, throttle, sessions, factors);
        twoFactor = new DefaultTwoFactorService(stores, factors, sessions, throttle, hasher, outbox, address);
        accounts = new DefaultAccountService(stores, hasher, throttle, sessions, new JpaPasswordResets(db.em()),
                outbox, address);
        membership = new DefaultMembershipService(stores);
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    MemberId id(String handle) {
        return db.tx(() -> stores.members().findByEmail(handle + "@" + DemoData.DOMAIN)).orElseThrow().id();
    }

    /** Signs in with the password on a new browser; the tokens it would hold. */
    SignInService.StartedSession password(String handle, String device) {
        SignInOutcome outcome = db.tx(() -> signIn.signIn(handle + "@" + DemoData.DOMAIN,
                DemoData.PASSWORD.toCharArray(), ADDRESS, device));
        return db.tx(() -> signIn.startSession(assertInstanceOf(SignInOutcome.SignedIn.class, outcome).memberId(),
                device, FIREFOX));
    }

    /** Turns two-factor sign-in on for the member in the given session; the secret and recovery codes. */
    record Enabled(byte[] secret, List<String> recoveryCodes) {
    }

    Enabled enable(MemberId member, String sessionToken) {
        Actor actor = new Actor(member, SecondFactor.NOT_GIVEN);
        TwoFactorSetup setup = db.tx(() -> twoFactor.begin(actor));
        byte[] secret = Base32.decode(setup.secret());
        assertEquals(20, secret.length);
        List<String> codes = db.tx(() -> twoFactor.confirm(actor, code(secret), sessionToken));
        clock.set(clock.instant().plus(Totp.STEP));
        return new Enabled(secret, codes);
    }

    String code(byte[] secret) {
        return Totp.code(secret, Totp.stepAt(clock.instant()));
    }

    long rows(String sql) throws SQLException {
        try (Connection c = db.jdbc(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void turningItOnNeedsACodeFromTheAppAndGivesTenRecoveryCodesKeptOnlyAsDigests() throws SQLException {
        MemberId chloe = id("chloe");
        Actor actor = new Actor(chloe, SecondFactor.NOT_GIVEN);
        TwoFactorSetup setup = db.tx(() -> twoFactor.begin(actor));
        assertTrue(setup.secret().matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}"), setup.secret());
        assertTrue(setup.address().startsWith("otpauth://totp/Unionhall:chloe%40unionhall.example?secret="
                + setup.secret().replace(" ", "") + "&issuer=Unionhall"), setup.address());
        RuleViolation wrong = assertThrows(RuleViolation.class, () -> db.tx(() -> twoFactor.confirm(actor, "000000".equals(
                code(Base32.decode(setup.secret()))) ? "000001" : "000000", null)));
        assertTrue(wrong.getMessage().startsWith("The code is not right."));
        assertFalse(db.tx(() -> twoFactor.status(actor, null)).on(), "a wrong code turns nothing on");

        List<String> codes = db.tx(() -> twoFactor.confirm(actor, code(Base32.decode(setup.secret())), null));
        assertEquals(10, new HashSet<>(codes).size());
        TwoFactorView on = db.tx(() -> twoFactor.status(actor, null));
        assertTrue(on.on());
        assertEquals(10, on.recoveryCodesLeft());
        assertThrows(RuleViolation.class, () -> db.tx(() -> twoFactor.begin(actor)), "the secret is never shown again");
        for (String c : codes) {
            assertEquals(0, rows("SELECT COUNT(*) FROM recovery_code WHERE code_digest LIKE '%" + c.replace("-", "")
                    + "%'"));
        }
        assertEquals(10, rows("SELECT COUNT(*) FROM recovery_code WHERE member_id = '" + chloe + "'"));
        assertTrue(db.tx(() -> outbox.withStatus(MailStatus.PENDING, 0, 1000)).stream().anyMatch(m ->
                m.recipient().equals("chloe@unionhall.example")
                        && m.subject().equals("Unionhall: two-factor sign-in was turned on")));
    }

    @Test
    void aSignInWithItOnSignsNobodyInUntilTheCodeAndEachCodeWorksOnce() {
        MemberId mateo = id("mateo");
        SignInService.StartedSession first = password("mateo", null);
        assertFalse(first.codeRequired());
        Enabled enabled = enable(mateo, first.sessionToken());

        SignInService.StartedSession waiting = password("mateo", first.deviceToken());
        assertTrue(waiting.codeRequired());
        assertTrue(db.tx(() -> signIn.resumeSession(waiting.sessionToken())).isEmpty(), "not signed in yet");
        assertTrue(db.tx(() -> signIn.requiresCode(mateo)), "HTTP Basic must refuse this account");

        String code = code(enabled.secret());
        CodeOutcome.Passed passed = assertInstanceOf(CodeOutcome.Passed.class,
                db.tx(() -> twoFactor.giveCode(waiting.sessionToken(), code, first.deviceToken())));
        assertEquals(mateo, passed.memberId());
        assertTrue(db.tx(() -> signIn.resumeSession(waiting.sessionToken())).isEmpty(), "the waiting token is spent");
        SignInOutcome.SignedIn in = db.tx(() -> signIn.resumeSession(passed.session().sessionToken())).orElseThrow();
        assertTrue(in.secondFactorGiven());

        SignInService.StartedSession again = password("mateo", first.deviceToken());
        assertInstanceOf(CodeOutcome.Wrong.class, db.tx(() -> twoFactor.giveCode(again.sessionToken(), code,
                first.deviceToken())), "a code is used once");

        String recovery = enabled.recoveryCodes().get(3);
        CodeOutcome.Passed withRecovery = assertInstanceOf(CodeOutcome.Passed.class,
                db.tx(() -> twoFactor.giveCode(again.sessionToken(), recovery.toUpperCase(), first.deviceToken())));
        assertEquals(9, withRecovery.recoveryCodesLeft());
        assertTrue(db.tx(() -> outbox.withStatus(MailStatus.PENDING, 0, 1000)).stream().anyMatch(m ->
                m.recipient().equals("mateo@unionhall.example")
                        && m.subject().equals("Unionhall: a recovery code was used to sign in")));
        SignInService.StartedSession third = password("mateo", first.deviceToken());
        assertInstanceOf(CodeOutcome.Wrong.class, db.tx(() -> twoFactor.giveCode(third.sessionToken(), recovery,
                first.deviceToken())), "a recovery code is used once");
    }

    @Test
    void aSignInWithACodeFromABrowserNotSeenBeforeIsMailedButOneFromAKnownBrowserIsNot() {
        MemberId kwame = id("kwame");
        SignInService.StartedSession first = password("kwame", null);
        Enabled enabled = enable(kwame, first.sessionToken());
        SignInService.StartedSession atHome = password("kwame", first.deviceToken());
        assertInstanceOf(CodeOutcome.Passed.class, db.tx(() -> twoFactor.giveCode(atHome.sessionToken(),
                code(enabled.secret()), first.deviceToken())));
        assertEquals(0, newSignInMails("kwame"), "his own browser signed in before");

        clock.set(clock.instant().plus(Totp.STEP));
        SignInService.StartedSession elsewhere = password("kwame", null);
        CodeOutcome.Passed passed = assertInstanceOf(CodeOutcome.Passed.class, db.tx(() -> twoFactor.giveCode(
                elsewhere.sessionToken(), code(enabled.secret()), null)));
        List<OutgoingMail> mails = db.tx(() -> outbox.withStatus(MailStatus.PENDING, 0, 1000)).stream()
                .filter(m -> m.recipient().equals("kwame@unionhall.example")
                        && m.subject().equals("Unionhall: a new sign-in to your account")).toList();
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).body().contains("Firefox on Linux"), mails.get(0).body());

        clock.set(clock.instant().plus(Totp.STEP));
        SignInService.StartedSession sameAgain = password("kwame", passed.session().deviceToken());
        assertInstanceOf(CodeOutcome.Passed.class, db.tx(() -> twoFactor.giveCode(sameAgain.sessionToken(),
                code(enabled.secret()), passed.session().deviceToken())));
        assertEquals(1, newSignInMails("kwame"), "that browser is known now");
    }

    @Test
    void theOperatorResetsALostSecondFactorSignsThePersonOutEverywhereAndMailsThem() {
        MemberId ravi = id("ravi");
        SignInService.StartedSession first = password("ravi", null);
        enable(ravi, first.sessionToken());
        assertTrue(password("ravi", first.deviceToken()).codeRequired());

        NotFound nobody = assertThrows(NotFound.class, () -> db.tx(() -> twoFactor.resetLostSecondFactor("no@one.example")));
        assertTrue(nobody.getMessage().contains("No account has the e-mail address 'no@one.example'"));
        assertEquals("Ravi Patel", db.tx(() -> twoFactor.resetLostSecondFactor(" RAVI@unionhall.example")));

        assertTrue(db.tx(() -> signIn.resumeSession(first.sessionToken())).isEmpty(), "signed out everywhere");
        assertFalse(db.tx(() -> twoFactor.status(new Actor(ravi, SecondFactor.NOT_GIVEN), null)).on());
        assertFalse(password("ravi", null).codeRequired(), "the password alone signs in again");
        assertTrue(db.tx(() -> outbox.withStatus(MailStatus.PENDING, 0, 1000)).stream().anyMatch(m ->
                m.recipient().equals("ravi@unionhall.example")
                        && m.subject().equals("Unionhall: two-factor sign-in was turned off by the operator")));
        RuleViolation again = assertThrows(RuleViolation.class,
                () -> db.tx(() -> twoFactor.resetLostSecondFactor("ravi@unionhall.example")));
        assertEquals("Two-factor sign-in is off for ravi@unionhall.example already; nothing was changed.",
                again.getMessage());
    }

    long newSignInMails(String handle) {
        return db.tx(() -> outbox.withStatus(MailStatus.PENDING, 0, 1000)).stream()
                .filter(m -> m.recipient().equals(handle + "@unionhall.example")
                        && m.subject().equals("Unionhall: a new sign-in to your account")).count();
    }

    @Test
    void guessingCodesIsSlowAndEndsTheSignInButTheMemberStillGetsInFromTheirOwnBrowser() {
        MemberId aisha = id("aisha");
        SignInService.StartedSession own = password("aisha", null);
        Enabled enabled = enable(aisha, own.sessionToken());

        SignInService.StartedSession thief = password("aisha", null);
        String right = code(enabled.secret());
        List<CodeOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String guess = String.format("%06d", i);
            outcomes.add(db.tx(() -> twoFactor.giveCode(thief.sessionToken(), guess.equals(right) ? "999999" : guess,
                    null)));
        }
        assertInstanceOf(CodeOutcome.SignInAgain.class, outcomes.get(4), "five wrong codes end the sign-in");
        SignInService.StartedSession thiefAgain = password("aisha", null);
        CodeOutcome.Throttled slowed = assertInstanceOf(CodeOutcome.Throttled.class,
                db.tx(() -> twoFactor.giveCode(thiefAgain.sessionToken(), right, null)));
        assertTrue(slowed.retryAfter().compareTo(Duration.ZERO) > 0);

        SignInService.StartedSession mine = password("aisha", own.deviceToken());
        assertInstanceOf(CodeOutcome.Passed.class,
                db.tx(() -> twoFactor.giveCode(mine.sessionToken(), right, own.deviceToken())),
                "the member's own browser is throttled on its own count");
        clock.set(clock.instant().plus(SignInSession.CODE_WAIT));
        assertInstanceOf(CodeOutcome.SignInAgain.class,
                db.tx(() -> twoFactor.giveCode(thiefAgain.sessionToken(), right, null)), "a sign-in waits five minutes");
        for (String hostile : new String[] {null, "", "x".repeat(5000), "'; DROP TABLE two_factor; --"}) {
            assertInstanceOf(CodeOutcome.SignInAgain.class, db.tx(() -> twoFactor.giveCode(hostile, right, hostile)));
        }
    }

    @Test
    void anOfficerActsOnlyInASessionThatGaveACode() {
        MemberId jonas = id("jonas");
        JoinRequestId olu = db.tx(() -> stores.joinRequests().pending(id("olu"),
                stores.chapters().findBySlug("moderators-europe").orElseThrow().id())).orElseThrow().id();
        Actor withoutCode = new Actor(jonas, SecondFactor.NOT_GIVEN);
        AccessDenied refused = assertThrows(AccessDenied.class,
                () -> db.tx(() -> membership.admit(withoutCode, olu, "Welcome")));
        assertTrue(refused.getMessage().startsWith(
                "Turn on two-factor sign-in in your account settings before acting as steward."), refused.getMessage());
        assertEquals(JoinRequestStatus.PENDING, db.tx(() -> stores.joinRequests().find(olu)).orElseThrow().status(),
                "nothing was decided");
        assertEquals(List.of("steward"), db.tx(() -> twoFactor.rolesWaiting(withoutCode)));
        DirectoryService directory = new DefaultDirectoryService(stores);
        assertEquals(List.of(), db.tx(() -> directory.dashboard(withoutCode)).requestsToDecide(),
                "the dashboard shows no join request to a steward without a code");

        SignInService.StartedSession session = password("jonas", null);
        enable(jonas, session.sessionToken());
        SignInOutcome.SignedIn resumed = db.tx(() -> signIn.resumeSession(session.sessionToken())).orElseThrow();
        assertTrue(resumed.secondFactorGiven(), "the session that turned it on gave a code");
        Actor withCode = new Actor(jonas, SecondFactor.GIVEN);
        assertEquals(List.of(), db.tx(() -> twoFactor.rolesWaiting(withCode)));
        assertTrue(db.tx(() -> directory.dashboard(withCode)).requestsToDecide().stream()
                .anyMatch(r -> r.id().equals(olu.toString())));
        assertEquals(JoinRequestStatus.ADMITTED, db.tx(() -> membership.admit(withCode, olu, "Welcome")).status());
    }

    @Test
    void turningItOffNeedsThePasswordAndACodeAndTakesTheSecondFactorFromEverySession() {
        MemberId yuki = id("yuki");
        SignInService.StartedSession session = password("yuki", null);
        Enabled enabled = enable(yuki, session.sessionToken());
        Actor actor = new Actor(yuki, SecondFactor.GIVEN);
        assertThrows(RuleViolation.class, () -> db.tx(() -> {
            twoFactor.turnOff(actor, "wrong-password-1".toCharArray(), code(enabled.secret()));
            return null;
        }));
        assertThrows(RuleViolation.class, () -> db.tx(() -> {
            twoFactor.turnOff(actor, DemoData.PASSWORD.toCharArray(), "12345");
            return null;
        }));
        assertTrue(db.tx(() -> twoFactor.status(actor, null)).on(), "still on");
        db.run(() -> twoFactor.turnOff(actor, DemoData.PASSWORD.toCharArray(), code(enabled.secret())));
        assertFalse(db.tx(() -> twoFactor.status(actor, null)).on());
        assertFalse(db.tx(() -> signIn.resumeSession(session.sessionToken())).orElseThrow().secondFactorGiven());
        assertFalse(password("yuki", null).codeRequired());
    }

    /** Whether the recovery code (or app code) finishes a sign-in with the password on a new browser now. */
    boolean signsIn(String handle, String code) {
        SignInService.StartedSession waiting = password(handle, null);
        assertTrue(waiting.codeRequired());
        return db.tx(() -> twoFactor.giveCode(waiting.sessionToken(), code, null)) instanceof CodeOutcome.Passed;
    }

    long recoveryCodesLeft(MemberId member) {
        return db.tx(() -> twoFactor.status(new Actor(member, SecondFactor.NOT_GIVEN), null)).recoveryCodesLeft();
    }

    @Test
    void newRecoveryCodesNeedThePasswordAndACodeAndTheOldOnesStopWorkingAtOnce() throws SQLException {
        MemberId sofia = id("sofia");
        Actor actor = new Actor(sofia, SecondFactor.GIVEN);
        char[] right = DemoData.PASSWORD.toCharArray();
        RuleViolation off = assertThrows(RuleViolation.class,
                () -> db.tx(() -> twoFactor.newRecoveryCodes(actor, right, "123456")));
        assertEquals("Two-factor sign-in is off.", off.getMessage());

        SignInService.StartedSession session = password("sofia", null);
        Enabled enabled = enable(sofia, session.sessionToken());
        List<String> old = enabled.recoveryCodes();
        RuleViolation wrongPassword = assertThrows(RuleViolation.class, () -> db.tx(() ->
                twoFactor.newRecoveryCodes(actor, "wrong-password-1".toCharArray(), code(enabled.secret()))));
        assertEquals("The password is not right.", wrongPassword.getMessage());
        String notHers = RecoveryCode.generate();
        for (String wrong : new String[] {"12345", notHers, null, "", "x".repeat(5000)}) {
            RuleViolation wrongCode = assertThrows(RuleViolation.class,
                    () -> db.tx(() -> twoFactor.newRecoveryCodes(actor, right, wrong)));
            assertTrue(wrongCode.getMessage().startsWith("The code is not right."), wrongCode.getMessage());
            clock.set(clock.instant().plus(Duration.ofMinutes(1)));
        }
        assertEquals(10, recoveryCodesLeft(sofia), "a refusal changes nothing");
        assertTrue(signsIn("sofia", old.get(0)), "the old codes still work after a refusal");
        assertEquals(0, recoveryCodeMails("sofia", "Unionhall: new recovery codes were made"));

        clock.set(clock.instant().plus(Totp.STEP));
        List<String> fresh = db.tx(() -> twoFactor.newRecoveryCodes(actor, right, code(enabled.secret())));
        assertEquals(10, new HashSet<>(fresh).size());
        assertTrue(fresh.stream().allMatch(c -> c.matches("[a-z2-7]{5}-[a-z2-7]{5}")), fresh.toString());
        assertTrue(fresh.stream().noneMatch(old::contains));
        assertEquals(10, recoveryCodesLeft(sofia));
        assertEquals(10, rows("SELECT COUNT(*) FROM recovery_code WHERE member_id = '" + sofia + "'"),
                "the old codes are deleted, not kept beside the new ones");
        assertTrue(db.tx(() -> twoFactor.status(actor, null)).on(), "still on, with the same key");

        for (String o : old.subList(1, 4)) {
            assertFalse(signsIn("sofia", o), "an old code no longer signs in");
        }
        assertTrue(signsIn("sofia", fresh.get(0)));
        assertEquals(9, recoveryCodesLeft(sofia));
        assertFalse(signsIn("sofia", fresh.get(0)), "a new code works once");
        clock.set(clock.instant().plus(Totp.STEP));
        assertTrue(signsIn("sofia", code(enabled.secret())), "the app's codes work as before");

        List<OutgoingMail> mails = db.tx(() -> outbox.withStatus(MailStatus.PENDING, 0, 1000)).stream()
                .filter(m -> m.recipient().equals("sofia@unionhall.example")
                        && m.subject().equals("Unionhall: new recovery codes were made")).toList();
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).body().contains("The recovery codes you had before no longer work"),
                mails.get(0).body());
        assertTrue(mails.get(0).body().contains("https://union.example/account/settings.xhtml"), mails.get(0).body());
    }

    @Test
    void aMemberWithoutTheirPhoneMakesNewCodesWithTheirLastRecoveryCodeWhichIsSpent() {
        MemberId tomas = id("tomas");
        Actor actor = new Actor(tomas, SecondFactor.GIVEN);
        char[] right = DemoData.PASSWORD.toCharArray();
        SignInService.StartedSession session = password("tomas", null);
        List<String> old = enable(tomas, session.sessionToken()).recoveryCodes();
        for (String used : old.subList(0, 9)) {
            assertTrue(signsIn("tomas", used));
        }
        assertEquals(1, recoveryCodesLeft(tomas));
        String last = old.get(9);
        RuleViolation usedOne = assertThrows(RuleViolation.class,
                () -> db.tx(() -> twoFactor.newRecoveryCodes(actor, right, old.get(0))));
        assertTrue(usedOne.getMessage().startsWith("The code is not right."), "a used code does not count");

        List<String> fresh = db.tx(() -> twoFactor.newRecoveryCodes(actor, right, " " + last.toUpperCase() + " "));
        assertEquals(10, fresh.size());
        assertEquals(10, recoveryCodesLeft(tomas));
        assertFalse(signsIn("tomas", last), "the code that made them is spent with the others");
        assertTrue(signsIn("tomas", fresh.get(9)));

        RuleViolation spent = assertThrows(RuleViolation.class,
                () -> db.tx(() -> twoFactor.newRecoveryCodes(actor, right, last)));
        assertTrue(spent.getMessage().startsWith("The code is not right."));
        for (int i = 0; i < 5; i++) {
            assertThrows(RuleViolation.class, () -> db.tx(() -> twoFactor.newRecoveryCodes(actor,
                    "wrong-password-1".toCharArray(), fresh.get(0))));
        }
        RuleViolation slowed = assertThrows(RuleViolation.class,
                () -> db.tx(() -> twoFactor.newRecoveryCodes(actor, right, fresh.get(0))));
        assertTrue(slowed.getMessage().startsWith("Too many attempts."), slowed.getMessage());
        assertEquals(9, recoveryCodesLeft(tomas), "a throttled try uses no code");
        assertTrue(signsIn("tomas", fresh.get(0)), "wrong tries here do not slow the sign-in down");
        clock.set(clock.instant().plus(Duration.ofMinutes(31)));
        assertEquals(10, db.tx(() -> twoFactor.newRecoveryCodes(actor, right, fresh.get(1))).size());
        assertEquals(2, recoveryCodeMails("tomas", "Unionhall: new recovery codes were made"));
    }

    long recoveryCodeMails(String handle, String subject) {
        return db.tx(() -> outbox.withStatus(MailStatus.PENDING, 0, 1000)).stream()
                .filter(m -> m.recipient().equals(handle + "@unionhall.example") && m.subject().equals(subject))
                .count();
    }

    @Test
    void aMemberSeesTheirSessionsSignsOneOutAndThenEveryOtherOne() {
        MemberId priya = id("priya");
        SignInService.StartedSession laptop = password("priya", null);
        clock.set(clock.instant().plusSeconds(60));
        SignInService.StartedSession phone = password("priya", null);
        clock.set(clock.instant().plusSeconds(60));
        SignInService.StartedSession tablet = password("priya", null);
        Actor actor = new Actor(priya);
        List<SessionView> seen = db.tx(() -> accounts.sessions(actor, laptop.sessionToken()));
        assertEquals(3, seen.size());
        assertEquals("Firefox on Linux", seen.get(0).browser());
        assertTrue(seen.get(2).current(), "the oldest is the one asking");
        assertEquals(1, seen.stream().filter(SessionView::current).count());

        db.run(() -> accounts.endSession(actor, seen.get(1).handle()));
        assertTrue(db.tx(() -> signIn.resumeSession(phone.sessionToken())).isEmpty(), "the phone is signed out");
        db.run(() -> accounts.endSession(new Actor(id("chloe")), seen.get(0).handle()));
        assertTrue(db.tx(() -> signIn.resumeSession(tablet.sessionToken())).isPresent(), "nobody else's handle works");

        assertEquals(1, db.tx(() -> accounts.endOtherSessions(actor, laptop.sessionToken(), laptop.deviceToken())));
        assertTrue(db.tx(() -> signIn.resumeSession(tablet.sessionToken())).isEmpty());
        assertTrue(db.tx(() -> signIn.resumeSession(laptop.sessionToken())).isPresent(), "this one stays");
        assertEquals(1, db.tx(() -> accounts.sessions(actor, laptop.sessionToken())).size());
    }

    @Test
    void myDataShowsHowIAmSignedInWithoutTheKeyAndErasureDeletesTheKeyCodesAndSessions() throws SQLException {
        MemberId hana = id("hana");
        SignInService.StartedSession session = password("hana", null);
        Enabled enabled = enable(hana, session.sessionToken());
        PrivacyService privacy = new DefaultPrivacyService(stores, new JpaPersonalData(db.em()),
                new Argon2PasswordHasher(), new InMemorySignInThrottle());
        MyDataView mine = db.tx(() -> privacy.myData(new Actor(hana)));
        assertTrue(mine.signIn().twoFactorSince() != null);
        assertEquals(10, mine.signIn().recoveryCodesLeft());
        assertEquals("Firefox on Linux", mine.signIn().sessions().get(0).browser());
        assertTrue(mine.signIn().sessions().get(0).secondFactor());
        String exported = MyDataExport.json(mine, clock.instant()).toString();
        assertFalse(exported.contains(Base32.encode(enabled.secret())), "the key is never exported");
        assertFalse(exported.contains(enabled.recoveryCodes().get(0)), "nor a recovery code");

        db.tx(() -> privacy.erase(new Actor(hana), DemoData.PASSWORD));
        for (String table : List.of("two_factor", "recovery_code", "sign_in_session", "trusted_device")) {
            assertEquals(0, rows("SELECT COUNT(*) FROM " + table + " WHERE member_id = '" + hana + "'"), table);
        }
        assertEquals(0, rows("SELECT COUNT(*) FROM two_factor WHERE secret = '" + Base32.encode(enabled.secret())
                + "'"), "the key is gone, not moved to the pseudonym");
    }
}
