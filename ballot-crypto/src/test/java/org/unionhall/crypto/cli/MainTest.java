package org.unionhall.crypto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.crypto.record.Json;

/** The command line as the launcher calls it: output a member can read, and the exit codes. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void simulateThenVerifyPassesAndIsReproducible() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run("simulate", "--voters", "12", "--trustees", "3", "--threshold", "2", "--out", a.toString(),
                "--seed", "9", "--reveal", dir.resolve("reveal.json").toString()));
        assertTrue(out().contains("trustees present at decryption"), out());
        assertEquals(0, run("simulate", "--voters", "12", "--trustees", "3", "--threshold", "2", "--out", b.toString(),
                "--seed", "9"));
        assertEquals(Files.readString(a.resolve("board.ndjson")), Files.readString(b.resolve("board.ndjson")));
        assertEquals(Files.readString(a.resolve("result.json")), Files.readString(b.resolve("result.json")));
        assertTrue(Files.size(dir.resolve("reveal.json")) > 0);

        assertEquals(0, run("verify", a.toString()));
        assertTrue(out().contains("RESULT: all 17 checks passed"), out());
        assertTrue(out().contains("V10  passed   Selection proofs (protocol §5.2)"), out());
        assertTrue(out().contains("V17  passed   Voting period and eligibility"), out());

        assertEquals(0, run("verify", a.toString(), "--json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(out().trim());
        assertEquals(Boolean.TRUE, json.get("passed"));
        assertEquals(17, ((List<?>) json.get("checks")).size());
    }

    @Test
    void aVersionOneRecordIsStillWrittenAndVerifiedWithItsSixteenChecks() throws Exception {
        Path a = dir.resolve("v1");
        assertEquals(0, run("simulate", "--voters", "12", "--trustees", "3", "--threshold", "2", "--out", a.toString(),
                "--seed", "9", "--protocol", "1"));
        assertTrue(Files.readString(a.resolve("election.json")).contains("\"format\":\"unionhall-election/1\""));
        assertTrue(!Files.exists(a.resolve("closing.json")));
        assertEquals(0, run("verify", a.toString()));
        assertTrue(out().contains("RESULT: all 16 checks passed"), out());
        assertTrue(!out().contains("V17"), out());
        assertEquals(2, run("simulate", "--voters", "3", "--trustees", "1", "--threshold", "1", "--out", a.toString(),
                "--protocol", "1", "--receipts", dir.resolve("r").toString()));
        assertEquals(2, run("simulate", "--voters", "3", "--trustees", "1", "--threshold", "1", "--out", a.toString(),
                "--protocol", "3"));
    }

    @Test
    void aChangedResultFailsWithExitOneNamingTheCheck() throws Exception {
        Path a = dir.resolve("a");
        assertEquals(0, run("simulate", "--voters", "10", "--trustees", "2", "--threshold", "2", "--out", a.toString(),
                "--seed", "4", "--contest", "one-of-n:3"));
        Path result = a.resolve("result.json");
        String text = Files.readString(result);
        Files.writeString(result, text.replaceFirst("\"counts\":\\[(\\d+)", "\"counts\":[1$1"));
        assertEquals(1, run("verify", a.toString()));
        assertTrue(out().contains("V16  FAILED   Result (protocol §9.4)"), out());
        assertTrue(out().contains("RESULT: 1 check(s) FAILED"), out());
    }

    @Test
    void aRecordDownloadedAsZipVerifiesAndAChangeInsideItFails() throws Exception {
        Path a = dir.resolve("a");
        assertEquals(0, run("simulate", "--voters", "8", "--trustees", "2", "--threshold", "2", "--out", a.toString(),
                "--seed", "5"));
        Path zip = dir.resolve("record.zip");
        zip(a, zip, "");
        assertEquals(0, run("verify", zip.toString()), out());
        assertTrue(out().contains("RESULT: all 17 checks passed"), out());

        Path nested = dir.resolve("nested.zip");
        zip(a, nested, "election-record/");
        assertEquals(0, run("verify", nested.toString()), out());
        assertTrue(out().contains("RESULT: all 17 checks passed"), out());

        Path result = a.resolve("result.json");
        Files.writeString(result, Files.readString(result).replaceFirst("\"counts\":\\[(\\d+)", "\"counts\":[1$1"));
        Path tampered = dir.resolve("tampered.zip");
        zip(a, tampered, "");
        assertEquals(1, run("verify", tampered.toString()));
        assertTrue(out().contains("V16  FAILED"), out());

        Path notZip = dir.resolve("not-a-record.zip");
        Files.writeString(notZip, "hello");
        assertEquals(2, run("verify", notZip.toString()));
    }

    private static void zip(Path folder, Path zip, String prefix) throws Exception {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(prefix + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    @Test
    void receiptsAreCheckedAgainstTheRecordAndAForgedOneIsRejectedWithoutFailingIt() throws Exception {
        Path a = dir.resolve("a");
        Path receipts = dir.resolve("receipts");
        assertEquals(0, run("simulate", "--voters", "10", "--trustees", "2", "--threshold", "1", "--out", a.toString(),
                "--seed", "12", "--receipts", receipts.toString()));
        assertEquals(0, run("verify", a.toString(), "--receipts", receipts.toString()), out());
        assertTrue(out().contains("V18  passed   Receipts (protocol §8.8)"), out());
        assertTrue(out().contains("RESULT: all 18 checks passed"), out());

        String genuine = Files.readString(receipts.resolve("receipt-000002.json"));
        Files.writeString(receipts.resolve("forged.json"), genuine.replace("\"seq\":2", "\"seq\":1"));
        assertEquals(0, run("verify", a.toString(), "--receipts", receipts.toString()), out());
        assertTrue(out().contains("Rejected receipts: 1"), out());
        assertTrue(out().contains("forged.json line 1: forged"), out());

        Path board = a.resolve("board.ndjson");
        List<String> lines = Files.readAllLines(board);
        Files.writeString(board, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n");
        assertEquals(1, run("verify", a.toString(), "--receipts", receipts.toString(), "--json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(out().trim());
        assertEquals(1, ((List<?>) json.get("rejectedReceipts")).size());

        assertEquals(2, run("verify", a.toString(), "--receipts", dir.resolve("none").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the receipts cannot be read"));
        assertEquals(2, run("verify", a.toString(), "--receipts"));
    }

    @Test
    void helpOfEachCommandPrintsTheUsageToStdoutAndSucceeds() {
        for (String[] args : List.of(new String[] {"verify", "--help"}, new String[] {"verify", "-h"},
                new String[] {"simulate", "--help"}, new String[] {"simulate", "-h"},
                new String[] {"simulate", "--voters", "3", "--help"}, new String[] {"verify", "some-record", "-h"})) {
            assertEquals(0, run(args), String.join(" ", args));
            assertTrue(out().contains("verify RECORD") && out().contains("simulate --voters N"), out());
            assertEquals("", err.toString(StandardCharsets.UTF_8), String.join(" ", args));
        }
        assertEquals(2, run("simulate", "--frob"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option '--frob'"));
    }

    @Test
    void unusableInputExitsTwoWithAReason() throws Exception {
        assertEquals(2, run("verify", dir.resolve("missing").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not exist"));
        Path a = dir.resolve("a");
        run("simulate", "--voters", "3", "--trustees", "1", "--threshold", "1", "--out", a.toString(), "--seed", "1");
        Files.writeString(a.resolve("tally.json"), "{not json");
        assertEquals(2, run("verify", a.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("tally.json: malformed JSON"), err.toString());
        assertEquals(2, run("simulate", "--voters", "3"));
        assertEquals(2, run("simulate", "--voters", "x", "--trustees", "1", "--threshold", "1", "--out", "y"));
        assertEquals(2, run("simulate", "--voters", "3", "--trustees", "1", "--threshold", "2", "--out", "y"));
        assertEquals(2, run("simulate", "--voters", "3", "--trustees", "1", "--threshold", "1", "--out", "y",
                "--contest", "ranked"));
        assertEquals(2, run("frobnicate"));
    }
}
