package org.unionhall.crypto.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipException;

import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordFormatException;
import org.unionhall.crypto.record.RecordLayout;
import org.unionhall.crypto.verify.CheckResult;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.crypto.verify.Verifier;

/**
 * Command-line entry point (protocol §12). {@code verify RECORD [--json]} exits 0 if every
 * check passed, 1 if any failed, 2 if the record cannot be read; {@code simulate} runs a whole
 * election and writes its record.
 */
public final class Main {

    private static final String USAGE = """
            Usage:
              verify RECORD [--json] [--receipts FILE_OR_DIR]
                  Check an election record: its folder, or the zip an election page offers. Exit 0: every check passed; 1: a check failed;
                  2: the record cannot be read.
                  --receipts checks signed receipts against the board (V18): a file with one receipt per line, or a
                  folder of such files. A receipt this election's board key did not sign is listed as rejected
                  and never makes the record fail.
              simulate --voters N --trustees n --threshold t --out DIR [--seed S] [--reveal FILE]
                       [--contest yes-no-abstain|one-of-n:K|approval:K|score:R] [--protocol 1|2] [--receipts DIR]
                  Run a whole simulated election (key ceremony, voting with challenged ballots and
                  revotes, one trustee missing at decryption, tally) and write its record to DIR.
                  --reveal FILE writes the plaintext behind every counted ballot, by tracking code.
                  --protocol 1 writes a version 1 record (default 2). --receipts DIR writes the signed
                  receipt of every board entry to DIR (version 2).
            """;

    private Main() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command, printing to out and err; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0]) || args[0].equals("help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if ((args[0].equals("verify") || args[0].equals("simulate"))
                && java.util.Arrays.stream(args, 1, args.length).anyMatch(Main::isHelp)) {
            // Asked for, not a mistake: the usage goes to stdout and the status is success.
            out.print(USAGE);
            return 0;
        }
        try {
            return switch (args[0]) {
                case "verify" -> verify(args, out, err);
                case "simulate" -> simulate(args, out, err);
                default -> usage(err, "unknown command '" + args[0] + "'");
            };
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private static int usage(PrintStream err, String reason) {
        err.println("ballot-crypto: " + reason);
        err.print(USAGE);
        return 2;
    }

    private static int verify(String[] args, PrintStream out, PrintStream err) {
        String record = null;
        String receipts = null;
        boolean json = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--json")) {
                json = true;
            } else if (args[i].equals("--receipts") && receipts == null) {
                if (i + 1 >= args.length) {
                    return usage(err, "--receipts needs a file or folder");
                }
                receipts = args[++i];
            } else if (record == null && !args[i].startsWith("--")) {
                record = args[i];
            } else {
                return usage(err, "unexpected argument '" + args[i] + "'");
            }
        }
        if (record == null) {
            return usage(err, "verify needs the record folder or zip file");
        }
        Optional<List<Verifier.ReceiptText>> receiptTexts = Optional.empty();
        if (receipts != null) {
            try {
                receiptTexts = Optional.of(Verifier.ReceiptText.read(Path.of(receipts)));
            } catch (IOException e) {
                err.println("ballot-crypto: the receipts cannot be read: " + e.getMessage());
                return 2;
            }
        }
        VerificationReport report;
        try {
            report = verifyFolderOrZip(Path.of(record), receiptTexts);
        } catch (RecordFormatException e) {
            err.println("ballot-crypto: the record cannot be verified: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("ballot-crypto: the record cannot be read: " + e.getMessage());
            return 2;
        }
        if (json) {
            out.println(Json.write(toJson(record, report)));
        } else {
            out.print(ReportText.render(record, report));
        }
        return report.passed() ? 0 : 1;
    }

    /**
     * A zip holds the record's files at its root, or inside one folder; a folder is verified as it is.
     */
    private static VerificationReport verifyFolderOrZip(Path record, Optional<List<Verifier.ReceiptText>> receipts)
            throws IOException {
        if (!Files.isRegularFile(record)) {
            return verify(record, receipts);
        }
        try (FileSystem zip = FileSystems.newFileSystem(record)) {
            Path root = zip.getPath("/");
            if (!Files.isRegularFile(root.resolve(RecordLayout.ELECTION))) {
                try (Stream<Path> entries = Files.list(root)) {
                    List<Path> folders = entries.filter(Files::isDirectory).toList();
                    if (folders.size() == 1) {
                        root = folders.get(0);
                    }
                }
            }
            return verify(root, receipts);
        } catch (ProviderNotFoundException | ZipException e) {
            throw new RecordFormatException(record + " is neither a record folder nor a zip file");
        }
    }

    private static VerificationReport verify(Path root, Optional<List<Verifier.ReceiptText>> receipts) {
        return receipts.map(r -> Verifier.verify(root, r)).orElseGet(() -> Verifier.verify(root));
    }

    private static Map<String, Object> toJson(String record, VerificationReport report) {
        Map<String, Object> o = new TreeMap<>();
        o.put("record", record);
        o.put("passed", report.passed());
        o.put("facts", new TreeMap<String, Object>(report.facts()));
        List<Object> checks = new ArrayList<>();
        for (CheckResult c : report.checks()) {
            Map<String, Object> j = new TreeMap<>();
            j.put("id", c.id());
            j.put("section", c.section());
            j.put("title", c.title());
            j.put("meaning", c.meaning());
            j.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            j.put("checked", c.checked());
            j.put("failed", c.failed());
            j.put("failures", new ArrayList<Object>(c.failures()));
            checks.add(j);
        }
        o.put("checks", checks);
        o.put("rejectedReceipts", new ArrayList<Object>(report.rejectedReceipts()));
        return o;
    }

    private static int simulate(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!List.of("--voters", "--trustees", "--threshold", "--out", "--seed", "--reveal", "--contest", "--protocol",
                    "--receipts").contains(a)) {
                return usage(err, "unknown option '" + a + "'");
            }
            if (i + 1 >= args.length) {
                return usage(err, a + " needs a value");
            }
            opts.put(a, args[++i]);
        }
        for (String required : List.of("--voters", "--trustees", "--threshold", "--out")) {
            if (!opts.containsKey(required)) {
                return usage(err, "simulate needs " + required);
            }
        }
        int voters = positive(opts, "--voters", 10_000_000);
        int trustees = positive(opts, "--trustees", 100);
        int threshold = positive(opts, "--threshold", 100);
        if (threshold > trustees) {
            return usage(err, "--threshold must not exceed --trustees");
        }
        long seed = opts.containsKey("--seed") ? parseSeed(opts.get("--seed")) : new SecureRandom().nextLong();
        String contest = opts.getOrDefault("--contest", "yes-no-abstain");
        Simulation.contest(contest);
        String protocol = opts.getOrDefault("--protocol", "2");
        if (!protocol.equals("1") && !protocol.equals("2")) {
            return usage(err, "--protocol must be 1 or 2");
        }
        if (protocol.equals("1") && opts.containsKey("--receipts")) {
            return usage(err, "--receipts needs --protocol 2: version 1 has no signed receipts");
        }
        Simulation.Options options = new Simulation.Options(voters, trustees, threshold, Path.of(opts.get("--out")), seed,
                Optional.ofNullable(opts.get("--reveal")).map(Path::of), contest, Integer.parseInt(protocol),
                Optional.ofNullable(opts.get("--receipts")).map(Path::of));
        long start = System.nanoTime();
        Simulation.Outcome outcome = new Simulation(options).run(phase -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Simulated election %s written to %s in %.1f s%n", outcome.manifest().election(), options.out(), seconds);
        out.printf("  %d board entries: %d counted ballots, %d challenged, %d revotes%n", outcome.boardEntries(),
                outcome.counted(), outcome.challenged(), outcome.revotes());
        out.printf("  trustees present at decryption: %s of %d (threshold %d)%n", outcome.trusteesPresent(), trustees,
                threshold);
        var contestSpec = outcome.manifest().contests().get(0);
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < contestSpec.options().size(); i++) {
            counts.append(i == 0 ? "" : ", ").append(contestSpec.options().get(i)).append(' ')
                    .append(outcome.result().counts().get(0).get(i));
        }
        out.printf("  result (weighted): %s%n", counts);
        out.printf("  seed %s (pass --seed to reproduce)%n", Long.toUnsignedString(seed));
        return 0;
    }

    private static int positive(Map<String, String> opts, String name, int max) {
        try {
            int v = Integer.parseInt(opts.get(name));
            if (v < 1 || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number from 1 to " + max);
        }
    }

    private static long parseSeed(String s) {
        try {
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a non-negative whole number");
        }
    }
}
