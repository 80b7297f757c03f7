package org.unionhall.admin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.application.PublicAddress;
import org.unionhall.application.installation.FoundInstallation;
import org.unionhall.application.installation.FoundedInstallation;
import org.unionhall.application.installation.IssuedSetupLink;
import org.unionhall.domain.installation.Installation;
import org.unionhall.domain.installation.SetupLink;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;

/**
 * {@code ./unionhall admin COMMAND}: {@code setup-link} prints a new one-time setup link for an
 * installation not set up yet; {@code found} founds it from the command line, reading the first
 * steward's password from the console or standard input, never from an argument;
 * {@code reset-second-factor} turns two-factor sign-in off for a person who lost their phone and
 * their recovery codes. Exit codes: 0 done, 1 the database could not be used, 2 bad input (the
 * reason is printed), 3 refused by the installation's state (it is already set up, no account has
 * the address, or two-factor sign-in is off for it).
 */
public final class AdminCommand {
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int REFUSED = 3;

    private static final List<String> FOUND_OPTIONS = List.of("federation", "union", "union-slug", "chapter",
            "steward-name", "steward-email");
    private static final String USAGE = """
            Usage: ./unionhall admin COMMAND [OPTIONS]

              setup-link   print a new one-time setup link (24 hours, used once) for an installation
                           not set up yet; the link printed earlier stops working
              found --federation NAME --union NAME --union-slug SLUG --chapter NAME
                    --steward-name NAME --steward-email EMAIL
                           found the installation: the federation, the first union and its first
                           chapter, and the first steward (who becomes the installation's operator).
                           The steward's password is asked on the console, or read from the first
                           line of standard input; it is never given as an argument.
              reset-second-factor --email EMAIL
                           turn two-factor sign-in off for a person who lost both their
                           authenticator app and their recovery codes (check who they are out of
                           band first): their key and codes are deleted, they are signed out
                           everywhere and mailed, and they can turn it on again with a new phone.

            The database is the one ./unionhall start uses (UNIONHALL_DB_URL, UNIONHALL_DB_USER,
            UNIONHALL_DB_PASSWORD; the H2 file under ./data by default). Exit codes: 0 done,
            1 the database could not be used, 2 bad input, 3 refused (the installation is already set
            up; no account has the address; two-factor sign-in is off for it).
            """;

    /** Kept here: a logger nobody holds on to may be collected, and with it the level set on it. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    private final Map<String, String> environment;
    private final InputStream in;
    private final Optional<Console> console;
    private final PrintStream out;
    private final PrintStream err;

    AdminCommand(Map<String, String> environment, InputStream in, Optional<Console> console, PrintStream out,
                 PrintStream err) {
        this.environment = environment;
        this.in = in;
        this.console = console;
        this.out = out;
        this.err = err;
    }

    /** Runs one command and exits with its code. */
    public static void main(String[] args) {
        FLYWAY.setLevel(Level.WARNING);
        System.exit(new AdminCommand(System.getenv(), System.in, Optional.ofNullable(System.console()), System.out,
                System.err).run(args));
    }

    int run(String[] args) {
        if (args.length == 0 || List.of("help", "-h", "--help").contains(args[0])) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? BAD_INPUT : DONE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "setup-link" -> setupLink(rest);
                case "found" -> found(rest);
                case "reset-second-factor" -> resetSecondFactor(rest);
                default -> refuse(BAD_INPUT, "unknown admin command '" + args[0] + "'. Commands: setup-link, found, "
                        + "reset-second-factor "
                        + "(./unionhall admin help says more).");
            };
        } catch (InvalidInput bad) {
            return refuse(BAD_INPUT, bad.getMessage());
        } catch (DomainException refused) {
            return refuse(REFUSED, refused.getMessage());
        } catch (RuntimeException failure) {
            return refuse(FAILED, "the database could not be used (UNIONHALL_DB_URL): " + rootMessage(failure));
        }
    }

    private int setupLink(String[] args) {
        if (args.length > 0) {
            return refuse(BAD_INPUT, "setup-link takes no options; got '" + args[0] + "'.");
        }
        try (InstallationDatabase db = InstallationDatabase.open(environment)) {
            Optional<IssuedSetupLink> link = db.inTransaction(() -> db.installation().openSetup());
            if (link.isEmpty()) {
                return refuse(REFUSED, Installation.ALREADY_SET_UP);
            }
            out.println(link.get().address(base()));
            err.println("unionhall: open this one-time setup link in a browser before "
                    + SetupLink.when(link.get().expiresAt()) + "; it works once, and any setup link printed "
                    + "before it no longer works.");
            return DONE;
        }
    }

    private int found(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.startsWith("--") ? arg.substring(2) : "";
            int equals = name.indexOf('=');
            String inlineValue = equals < 0 ? null : name.substring(equals + 1);
            name = equals < 0 ? name : name.substring(0, equals);
            if (name.equals("password")) {
                return refuse(BAD_INPUT, "the password is never given as an argument (it would stay in the shell's "
                        + "history and be visible to every user of this machine). Type it when asked, or give it on "
                        + "the first line of standard input.");
            }
            if (!FOUND_OPTIONS.contains(name)) {
                return refuse(BAD_INPUT, "unknown option '" + arg + "' for found. Options: --"
                        + String.join(", --", FOUND_OPTIONS) + ".");
            }
            if (options.containsKey(name)) {
                return refuse(BAD_INPUT, "--" + name + " is given twice.");
            }
            if (inlineValue == null && i + 1 >= args.length) {
                return refuse(BAD_INPUT, "--" + name + " needs a value.");
            }
            options.put(name, inlineValue != null ? inlineValue : args[++i]);
        }
        List<String> missing = FOUND_OPTIONS.stream().filter(o -> !options.containsKey(o)).map(o -> "--" + o).toList();
        if (!missing.isEmpty()) {
            return refuse(BAD_INPUT, "found needs " + String.join(", ", missing) + ".");
        }
        try (InstallationDatabase db = InstallationDatabase.open(environment)) {
            if (db.inTransaction(() -> db.installation().isSetUp())) {
                return refuse(REFUSED, Installation.ALREADY_SET_UP);
            }
            Optional<char[]> password = password(options.get("steward-email"));
            if (password.isEmpty()) {
                return BAD_INPUT;
            }
            FoundedInstallation founded = db.inTransaction(() -> db.installation().foundAtConsole(new FoundInstallation(
                    options.get("federation"), options.get("union"), options.get("union-slug"), options.get("chapter"),
                    options.get("steward-name"), options.get("steward-email"), password.get())));
            out.println("unionhall: founded " + founded.unionName() + " (" + founded.unionSlug() + ") in the federation "
                    + founded.federationName() + ", with its first chapter " + founded.chapterName() + " ("
                    + founded.chapterSlug() + ").");
            out.println("unionhall: " + founded.stewardEmail() + " is the union's steward and this installation's "
                    + "operator; sign in at " + base() + "/login.xhtml");
            return DONE;
        }
    }

    private int resetSecondFactor(String[] args) {
        if (args.length != 2 || !args[0].equals("--email") || args[1].isBlank()) {
            return refuse(BAD_INPUT, "reset-second-factor needs --email EMAIL and nothing else.");
        }
        try (InstallationDatabase db = InstallationDatabase.open(environment)) {
            PublicAddress address = new PublicAddress(environment.getOrDefault("UNIONHALL_PUBLIC_URL", base()));
            String name = db.inTransaction(() -> db.twoFactor(address).resetLostSecondFactor(args[1]));
            out.println("unionhall: two-factor sign-in is off for " + name + " (" + args[1].strip() + "); they were "
                    + "signed out everywhere and mailed, and can turn it on again in their account settings.");
            return DONE;
        }
    }

    /** The first steward's password: asked twice on a console, else the first line of standard input. */
    private Optional<char[]> password(String email) {
        if (console.isPresent()) {
            char[] first = console.get().readPassword("Password for %s (8 to 128 characters): ", email);
            char[] again = console.get().readPassword("The same password again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                refuse(BAD_INPUT, "the two passwords are not the same; nothing was founded.");
                return Optional.empty();
            }
            Arrays.fill(again, '\0');
            return Optional.of(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                refuse(BAD_INPUT, "no password: give the first steward's password on the first line of standard "
                        + "input, or run the command on a console to be asked for it.");
                return Optional.empty();
            }
            return Optional.of(line.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String base() {
        String port = environment.getOrDefault("UNIONHALL_HTTP_PORT", "");
        return "http://localhost:" + (port.isBlank() ? "8080" : port.strip());
    }

    private int refuse(int code, String reason) {
        err.println("unionhall: " + reason);
        return code;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
