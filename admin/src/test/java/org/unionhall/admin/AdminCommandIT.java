package org.unionhall.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.domain.installation.SetupToken;

/**
 * {@code ./unionhall admin} as an operator runs it: a real process of the launcher on a real H2
 * file database under a fresh data folder, with no database settings but the launcher's own
 * defaults (the ones {@code ./unionhall start} and {@code ./unionhall backup} use). A new
 * installation is migrated and gets a setup link, a second link replaces the first, bad input is
 * refused with its reason and exit code 2 and founds nothing, founding reads the password from
 * standard input, and an installation that is set up refuses both commands with exit code 3.
 */
class AdminCommandIT {
    private static final Path UNIONHALL = Path.of("..", "unionhall").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("http://localhost:(\\d+)/setup\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "a courier's long passphrase";
    private static final List<String> FOUNDING = List.of("found", "--federation", "Platform Workers' Federation",
            "--union", "Couriers' Union", "--union-slug", "couriers", "--chapter", "Couriers Lisbon",
            "--steward-name", "Inês Ramos", "--steward-email", "ines.ramos@example.org");

    @TempDir
    Path data;
    int port;

    /** What one run of the command left. */
    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    Run admin(String stdin, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(UNIONHALL.toString(), "admin"));
        command.addAll(args);
        Path out = Files.createTempFile(data.getParent(), "admin-out-", ".txt");
        Path err = Files.createTempFile(data.getParent(), "admin-err-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("UNIONHALL_"));
        env.put("UNIONHALL_DATA_DIR", data.toString());
        env.put("UNIONHALL_PORT", Integer.toString(port));
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./unionhall admin " + args + " did not end within 4 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    Run admin(String... args) throws IOException, InterruptedException {
        return admin(null, List.of(args));
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db").resolve("unionhall")
                + ";AUTO_SERVER=TRUE", "unionhall", "unionhall");
    }

    long count(String table) throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String only(String query) throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            assertTrue(rs.next(), query);
            String value = rs.getString(1);
            assertFalse(rs.next(), "one row only: " + query);
            return value;
        }
    }

    @Test
    void aNewInstallationIsMigratedAndGetsALinkAndANewLinkReplacesIt() throws Exception {
        Run first = admin("setup-link");
        assertEquals(0, first.exit(), first::err);
        Matcher link = LINK.matcher(first.out());
        assertTrue(link.find(), first.out());
        assertEquals(Integer.toString(port), link.group(1), "the link names the port ./unionhall start serves");
        assertTrue(first.err().contains("it works once"), first.err());

        Run second = admin("setup-link");
        assertEquals(0, second.exit(), second::err);
        Matcher newer = LINK.matcher(second.out());
        assertTrue(newer.find(), second.out());
        assertFalse(newer.group(2).equals(link.group(2)));
        assertEquals(new SetupToken(newer.group(2)).digest(), only("SELECT token_digest FROM setup_link"),
                "only the newest link's digest is kept; the first link no longer works");
        assertEquals(0, count("federation"));
    }

    @Test
    void badInputIsRefusedWithItsReasonAndFoundsNothing() throws Exception {
        Run none = admin();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("setup-link"), none.err());
        Run unknown = admin("erase-everything");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("unknown admin command 'erase-everything'"), unknown.err());

        Run missing = admin("found", "--federation", "F", "--union", "U");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("found needs --union-slug, --chapter, --steward-name, --steward-email."),
                missing.err());

        List<String> withPassword = new ArrayList<>(FOUNDING);
        withPassword.addAll(List.of("--password", PASSWORD));
        Run passwordArgument = admin(null, withPassword);
        assertEquals(2, passwordArgument.exit());
        assertTrue(passwordArgument.err().contains("the password is never given as an argument"), passwordArgument.err());
        assertFalse(passwordArgument.err().contains(PASSWORD));

        List<String> badSlug = new ArrayList<>(FOUNDING);
        badSlug.set(badSlug.indexOf("couriers"), "Couriers Union!");
        Run slug = admin(PASSWORD + "\n", badSlug);
        assertEquals(2, slug.exit());
        assertTrue(slug.err().contains("The union's short name may hold only lower-case letters, digits and single hyphens."),
                slug.err());

        Run common = admin("password123\n", FOUNDING);
        assertEquals(2, common.exit());
        assertTrue(common.err().contains("one of the most common ones"), common.err());

        Run noPassword = admin("", FOUNDING);
        assertEquals(2, noPassword.exit());
        assertTrue(noPassword.err().contains("no password"), noPassword.err());

        for (String table : List.of("federation", "trade_union", "chapter", "union_member", "sign_in_account", "mandate")) {
            assertEquals(0, count(table), table);
        }
    }

    @Test
    void foundingReadsThePasswordFromStandardInputAndHappensOnce() throws Exception {
        Run founded = admin(PASSWORD + "\n", FOUNDING);
        assertEquals(0, founded.exit(), founded::err);
        assertTrue(founded.out().contains("founded Couriers' Union (couriers) in the federation Platform Workers' "
                + "Federation, with its first chapter Couriers Lisbon (couriers-lisbon)."), founded.out());
        assertTrue(founded.out().contains("ines.ramos@example.org is the union's steward and this installation's "
                + "operator; sign in at http://localhost:" + port + "/login.xhtml"), founded.out());
        assertFalse(founded.out().contains(PASSWORD) || founded.err().contains(PASSWORD));

        assertEquals("Inês Ramos", only("SELECT display_name FROM union_member"));
        assertEquals("TRUE", only("SELECT installation_operator FROM sign_in_account").toUpperCase());
        assertTrue(only("SELECT password_hash FROM sign_in_account").startsWith("$argon2id$"));
        assertEquals("STEWARD", only("SELECT role FROM mandate WHERE chapter_id IS NULL"));
        assertEquals("ACTIVE", only("SELECT status FROM membership"));
        assertTrue(only("SELECT founded_at FROM installation") != null);

        Run again = admin(PASSWORD + "\n", FOUNDING);
        assertEquals(3, again.exit());
        assertTrue(again.err().contains("This installation is already set up."), again.err());
        Run link = admin("setup-link");
        assertEquals(3, link.exit());
        assertTrue(link.err().contains("This installation is already set up."), link.err());
        assertEquals("", link.out(), "no link for an installation that is set up");
        assertEquals(1, count("union_member"));
        assertEquals(0, count("setup_link"));
    }

    @Test
    void theOperatorTurnsOffTheSecondFactorOfAPersonWhoLostTheirPhoneAndTheyAreSignedOutAndMailed() throws Exception {
        assertEquals(0, admin(PASSWORD + "\n", FOUNDING).exit());
        String ines = only("SELECT id FROM union_member");
        try (Connection c = database(); Statement s = c.createStatement()) {
            // What turning it on and signing in twice on two browsers left.
            s.executeUpdate("INSERT INTO two_factor (member_id, secret, created_at, confirmed_at, last_step, version) "
                    + "VALUES ('" + ines + "', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, 1)");
            s.executeUpdate("INSERT INTO recovery_code (code_digest, member_id, created_at) VALUES ('"
                    + "a".repeat(64) + "', '" + ines + "', CURRENT_TIMESTAMP)");
            for (String digest : List.of("b".repeat(64), "c".repeat(64))) {
                s.executeUpdate("INSERT INTO sign_in_session (token_digest, member_id, started_at, last_seen_at, "
                        + "second_factor_at) VALUES ('" + digest + "', '" + ines + "', CURRENT_TIMESTAMP, "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                s.executeUpdate("INSERT INTO trusted_device (token_digest, member_id, last_sign_in_at) VALUES ('"
                        + digest + "', '" + ines + "', CURRENT_TIMESTAMP)");
            }
        }

        Run usage = admin("reset-second-factor", "ines.ramos@example.org");
        assertEquals(2, usage.exit());
        assertTrue(usage.err().contains("reset-second-factor needs --email EMAIL"), usage.err());
        Run nobody = admin("reset-second-factor", "--email", "nobody@example.org");
        assertEquals(3, nobody.exit());
        assertTrue(nobody.err().contains("No account has the e-mail address 'nobody@example.org'"), nobody.err());
        assertEquals(1, count("two_factor"), "refusals change nothing");

        Run reset = admin("reset-second-factor", "--email", " Ines.Ramos@example.org ");
        assertEquals(0, reset.exit(), reset::err);
        assertTrue(reset.out().contains("two-factor sign-in is off for Inês Ramos (Ines.Ramos@example.org); they were "
                + "signed out everywhere and mailed"), reset.out());
        for (String table : List.of("two_factor", "recovery_code", "sign_in_session", "trusted_device")) {
            assertEquals(0, count(table), table);
        }
        assertEquals("ines.ramos@example.org", only("SELECT recipient FROM outgoing_mail WHERE subject = "
                + "'Unionhall: two-factor sign-in was turned off by the operator' AND status = 'PENDING'"));
        assertTrue(only("SELECT body FROM outgoing_mail WHERE subject LIKE '%turned off by the operator'")
                .contains("http://localhost:" + port + "/account/settings.xhtml"), "the mail links to where it is turned on");

        Run again = admin("reset-second-factor", "--email", "ines.ramos@example.org");
        assertEquals(3, again.exit());
        assertTrue(again.err().contains("Two-factor sign-in is off for ines.ramos@example.org already"), again.err());
    }
}
