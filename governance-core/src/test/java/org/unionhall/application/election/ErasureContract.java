package org.unionhall.application.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.DefaultPrivacyService;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.DefaultDirectoryService;
import org.unionhall.application.DefaultMembershipService;
import org.unionhall.application.MyDataExport;
import org.unionhall.application.MyDataView;
import org.unionhall.application.PrivacyService;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.crypto.verify.Verifier;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.congress.Choice;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.privacy.Pseudonym;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.persistence.JpaPersonalData;
import org.unionhall.infrastructure.throttle.InMemorySignInThrottle;
import org.unionhall.testsupport.TestDatabase;

/**
 * A member who voted in a secret ballot, was a delegate in a congress roll call, asked to join a
 * chapter with a note, was suspended and restored, got notifications and was seen on the
 * stewards' roll exports their data and then erases their account. The election's record is
 * verified by ballot-crypto's verifier before and after, and then every column of every table
 * (read from the database's own metadata), the record, another member's export and everything
 * logged meanwhile are searched for the person's name, e-mail address and member id: nothing is
 * found, on H2 and on PostgreSQL. The last steward of the union is refused,
 * a wrong password erases nothing, an erasure cut short before its commit leaves everything as it
 * was, and a second erasure finds no account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class ErasureContract {
    static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
    static final String PASSWORD = "a long enough password 2026";

    UnionWorld w;
    PrivacyService privacy;
    DirectoryService directory;
    DefaultMembershipService membership;

    /** The database the contract runs on: every test runs on H2 and on PostgreSQL. */
    @Parameter
    TestDatabase.Kind database;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void found() {
        w = new UnionWorld(database, START);
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        privacy = new DefaultPrivacyService(w.stores, new JpaPersonalData(w.db.em()), hasher,
                new InMemorySignInThrottle());
        directory = new DefaultDirectoryService(w.stores);
        membership = new DefaultMembershipService(w.stores);
        String hash = hasher.hash(PASSWORD.toCharArray());
        w.db.run(() -> w.everyone().forEach(h -> w.stores.accounts().add(new SignInAccount(w.people.get(h), hash,
                START))));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        w.close();
    }

    <T extends DomainException> T refused(Class<T> kind, Runnable call) {
        DomainException e = assertThrows(DomainException.class, () -> w.db.run(call));
        assertInstanceOf(kind, e, e.getMessage());
        return kind.cast(e);
    }

    @Test
    void anErasedVoterLeavesNoTraceAndTheElectionStillVerifies() throws Exception {
        String name = "Member n5";
        String email = "n5@abuse.example";
        MemberId n5 = w.people.get("n5");
        Actor voter = w.a("n5");
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler log = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(new SimpleFormatter().format(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(log);
        try {
            everythingOf(name, email, n5, voter, logged);
        } finally {
            Logger.getLogger("").removeHandler(log);
        }
    }

    private void everythingOf(String name, String email, MemberId n5, Actor voter, List<String> logged)
            throws Exception {

        // The union's business with n5 in it: a congress roll call as delegate, a secret ballot.
        MotionId budget = w.congressVoting("A budget for legal aid");
        w.call(() -> w.congress.vote(voter, budget, Choice.FOR));
        w.call(() -> w.congress.close(w.a("stella"), budget));
        UnionWorld.Ballot b = w.secretVoting("Ask every server for a moderation budget",
                START.plus(Duration.ofDays(3)), List.of("n5", "n6", "n7"));
        ElectionDriver d = b.driver();
        List<Verifier.ReceiptText> receipts = new ArrayList<>();
        for (String h : List.of("n5", "n6", "n7")) {
            Booth.PreparedBallot ballot = d.ballot(b.context(), b.keys().get(h), h.equals("n6") ? 1 : 0);
            receipts.add(new Verifier.ReceiptText(h, d.cast(w.a(h), ballot).signed().orElseThrow()));
        }
        w.call(() -> w.elections.close(w.a("stella"), d.id));
        d.decrypt(1, 2);
        // A join request with a note, a suspension and restoration, the stewards' roll read.
        w.call(() -> membership.requestToJoin(voter, UnionWorld.SOUTH, "I moved south; " + name + " here"));
        w.call(() -> membership.suspend(w.a("stella"), UnionWorld.NORTH, n5, "Dues unpaid"));
        w.call(() -> membership.restore(w.a("stella"), UnionWorld.NORTH, n5, "Dues paid"));
        w.call(() -> directory.members(w.a("stella"), UnionWorld.NORTH, 0, 50, Optional.empty()));

        byte[] recordBefore = w.call(() -> w.elections.recordZip(d.id));
        assertVerifies(recordBefore, receipts);

        // The member's own page shows all of it, and the export carries the same.
        MyDataView mine = w.call(() -> privacy.myData(voter));
        assertEquals(email, mine.profile().email());
        assertEquals(List.of("FOR"), mine.congressVotes().stream().map(v -> v.choice()).toList());
        assertEquals(1, mine.elections().size());
        assertTrue(mine.elections().get(0).hasVoted());
        assertFalse(mine.notifications().isEmpty(), "submitting motions told every member");
        assertTrue(mine.joinRequests().stream().anyMatch(r -> r.note().contains("moved south")));
        assertTrue(mine.auditEntries().stream().anyMatch(a -> a.reason().equals("Dues unpaid")));
        assertTrue(mine.accesses().stream().anyMatch(a -> a.viewerDisplayName().equals("Member stella")
                && a.what().contains("stewards' member roll")), mine.accesses()::toString);
        assertTrue(mine.mandates().stream().anyMatch(m -> m.role() == MandateRole.DELEGATE));
        assertEquals(Optional.empty(), mine.erasureRefused());

        InvalidInput wrong = refused(InvalidInput.class, () -> privacy.export(voter, "not my password"));
        assertEquals("The password is not right; nothing was exported.", wrong.getMessage());
        Map<String, Object> exported = exportOf(voter);
        assertEquals(MyDataExport.FORMAT, exported.get("format"));
        assertEquals(email, ((Map<?, ?>) exported.get("profile")).get("email"));
        assertEquals(n5.toString(), ((Map<?, ?>) exported.get("profile")).get("memberId"));
        assertEquals(1, ((List<?>) exported.get("elections")).size());
        assertFalse(Json.write(exported.get("elections")).contains("choice"), "an election line never holds a choice");
        assertEquals("FOR", ((Map<?, ?>) ((List<?>) exported.get("congressVotes")).get(0)).get("choice"));
        assertTrue(((List<?>) exported.get("recordAccesses")).stream()
                .anyMatch(a -> "EXPORTED".equals(((Map<?, ?>) a).get("kind"))), "the export is on the record");

        assertFalse(found(name, email, n5).isEmpty(), "before erasure the search finds the person");

        // A wrong password erases nothing; the right one erases.
        assertEquals("The password is not right; nothing was erased.",
                refused(InvalidInput.class, () -> privacy.erase(voter, "not my password")).getMessage());
        assertFalse(found(name, email, n5).isEmpty());
        String pseudonym = w.call(() -> privacy.erase(voter, PASSWORD));
        assertTrue(pseudonym.startsWith("Former member "), pseudonym);

        assertEquals(List.of(), found(name, email, n5), "no column of any table names the erased member");
        byte[] recordAfter = w.call(() -> w.elections.recordZip(d.id));
        assertVerifies(recordAfter, receipts);
        assertEquals(List.of(), hits(recordAfter, name, email, n5), "the election record names nobody");
        ByteArrayOutputStream stellas = new ByteArrayOutputStream();
        MyDataExport.write(w.call(() -> privacy.export(w.a("stella"), PASSWORD)), START, stellas);
        assertEquals(List.of(), hits(stellas.toByteArray(), name, email, n5), "another member's export names nobody");

        // The union's records stay, under the pseudonym.
        assertTrue(w.call(() -> w.congress.rollCall(w.a("stella"), budget)).toString().contains(pseudonym));
        assertEquals(3, w.call(() -> w.elections.turnout(d.id)).voted(), "turnout still counts the erased voter");
        assertEquals(1, count("SELECT COUNT(*) FROM union_member WHERE display_name = '" + pseudonym + "'"));

        // The erased account is gone: a second erasure or a read (each a new request) finds nothing.
        assertTrue(refused(AccessDenied.class, () -> privacy.erase(new Actor(n5), PASSWORD)).getMessage()
                .contains("not known"));
        refused(AccessDenied.class, () -> privacy.myData(new Actor(n5)));
        assertEquals(List.of(), found(name, email, n5));
        assertEquals(List.of(), logged.stream().filter(line -> line.contains(name) || line.contains(email)
                || line.contains(n5.toString())).toList(), "nothing logged names the member");
    }

    @Test
    void theLastStewardOfTheUnionIsToldToHandTheMandateOnAndNothingIsErased() throws SQLException {
        Actor stella = w.a("stella");
        MyDataView before = w.call(() -> privacy.myData(stella));
        assertTrue(before.erasureRefused().orElseThrow().contains("hand the mandate on first"));
        long rows = count("SELECT COUNT(*) FROM audit_entry") + count("SELECT COUNT(*) FROM sign_in_account");
        RuleViolation refusal = refused(RuleViolation.class, () -> privacy.erase(stella, PASSWORD));
        assertEquals("You are the last steward of Abuse Test Union: hand the mandate on first (as its steward, "
                + "assign a steward of the whole union to another member), then erase your account. Nothing was "
                + "erased.", refusal.getMessage());
        assertEquals(rows, count("SELECT COUNT(*) FROM audit_entry") + count("SELECT COUNT(*) FROM sign_in_account"));
        assertEquals(before.profile(), w.call(() -> privacy.myData(stella)).profile());
        assertTrue(w.call(() -> privacy.myData(stella)).mandates().stream().anyMatch(m -> m.active()));
    }

    @Test
    void anErasureCutShortBeforeItsCommitLeavesEverythingAsItWas() throws SQLException {
        MemberId n8 = w.people.get("n8");
        JpaPersonalData cutShort = new JpaPersonalData(w.db.em()) {
            @Override
            public void erase(MemberId person, Pseudonym pseudonym) {
                super.erase(person, pseudonym);
                throw new IllegalStateException("the power went out before the commit");
            }
        };
        PrivacyService crashing = new DefaultPrivacyService(w.stores, cutShort, new Argon2PasswordHasher(),
                new InMemorySignInThrottle());
        List<String> before = found("Member n8", "n8@abuse.example", n8);
        long members = count("SELECT COUNT(*) FROM union_member");
        assertThrows(IllegalStateException.class, () -> w.db.run(() -> crashing.erase(new Actor(n8), PASSWORD)));
        assertEquals(before, found("Member n8", "n8@abuse.example", n8));
        assertEquals(members, count("SELECT COUNT(*) FROM union_member"));
        MyDataView after = w.call(() -> privacy.myData(new Actor(n8)));
        assertEquals("n8@abuse.example", after.profile().email());
        assertTrue(after.memberships().stream().allMatch(m -> m.status() == MembershipStatus.ACTIVE));
        assertTrue(w.call(() -> privacy.erase(new Actor(n8), PASSWORD)).startsWith("Former member "),
                "erasing again afterwards works");
        assertEquals(List.of(), found("Member n8", "n8@abuse.example", n8));
    }

    @Test
    void guessingThePasswordThroughAnExportIsSlowedDownLikeASignIn() {
        Actor s4 = w.a("s4");
        for (int i = 0; i < 5; i++) {
            refused(InvalidInput.class, () -> privacy.export(s4, "guess " + System.nanoTime()));
        }
        InvalidInput slowed = refused(InvalidInput.class, () -> privacy.export(s4, PASSWORD));
        assertEquals("Too many wrong passwords; try again in 1 seconds. Nothing was exported.", slowed.getMessage());
        assertEquals(List.of(), w.call(() -> privacy.myData(s4)).accesses(), "nothing was exported");
        w.clock.set(w.clock.instant().plusSeconds(2));
        assertEquals("s4@abuse.example", w.call(() -> privacy.export(s4, PASSWORD)).profile().email());
    }

    private Map<String, Object> exportOf(Actor actor) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MyDataExport.write(w.call(() -> privacy.export(actor, PASSWORD)), START, out);
        Map<String, byte[]> files = unzip(out.toByteArray());
        assertEquals(List.of(MyDataExport.JSON, MyDataExport.HTML), new ArrayList<>(files.keySet()));
        String html = new String(files.get(MyDataExport.HTML), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("Who looked at or exported your record"));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(new String(files.get(MyDataExport.JSON),
                StandardCharsets.UTF_8));
        return json;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static List<String> hits(byte[] zip, String... needles) throws IOException {
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : unzip(zip).entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            for (String n : needles) {
                if (text.contains(n.toLowerCase(Locale.ROOT))) {
                    hits.add(f.getKey() + " holds " + n);
                }
            }
        }
        return hits;
    }

    private static List<String> hits(byte[] zip, String name, String email, MemberId id) throws IOException {
        return hits(zip, new String[] {name, email, id.toString()});
    }

    private static void assertVerifies(byte[] record, List<Verifier.ReceiptText> receipts) throws IOException {
        Path zip = Files.createTempFile("record", ".zip");
        Files.write(zip, record);
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            VerificationReport report = Verifier.verify(fs.getPath("/"), receipts);
            assertTrue(report.passed(), report.toString());
            assertEquals(List.of(), report.rejectedReceipts());
        } finally {
            Files.delete(zip);
        }
    }

    /**
     * Every column of every table of the schema, read from the database's metadata, searched for
     * each needle (case-insensitive, anywhere in the value): "table.column holds needle" per hit.
     */
    private List<String> found(String name, String email, MemberId id) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection c = w.db.jdbc()) {
            DatabaseMetaData meta = c.getMetaData();
            Map<String, List<String>> columns = new HashMap<>();
            try (ResultSet tables = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    columns.put(tables.getString("TABLE_NAME"), new ArrayList<>());
                }
            }
            try (ResultSet cols = meta.getColumns(null, c.getSchema(), "%", "%")) {
                while (cols.next()) {
                    List<String> of = columns.get(cols.getString("TABLE_NAME"));
                    if (of != null) {
                        of.add(cols.getString("COLUMN_NAME"));
                    }
                }
            }
            assertTrue(columns.size() >= 30, "the schema's tables: " + columns.keySet());
            for (Map.Entry<String, List<String>> t : columns.entrySet()) {
                for (String column : t.getValue()) {
                    for (String needle : List.of(name, email, id.toString())) {
                        String sql = "SELECT COUNT(*) FROM \"" + t.getKey() + "\" WHERE LOWER(CAST(\"" + column
                                + "\" AS VARCHAR)) LIKE ?";
                        try (PreparedStatement s = c.prepareStatement(sql)) {
                            s.setString(1, "%" + needle.toLowerCase(Locale.ROOT) + "%");
                            try (ResultSet r = s.executeQuery()) {
                                r.next();
                                if (r.getLong(1) > 0) {
                                    hits.add(t.getKey() + "." + column + " holds " + needle);
                                }
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = w.db.jdbc(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
