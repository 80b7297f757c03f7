package org.unionhall.crypto.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.record.RecordFormatException;
import org.unionhall.crypto.record.RecordLayout;

/**
 * One test per point the specification settles in protocol §8.1, §8.5, §9.2, §10 and §11 (issue
 * 8, points a–h), each on a real simulated record changed on purpose in exactly that respect.
 */
class SpecPointsTest {

    @TempDir
    static Path dir;
    static Path yesNo;
    static Path score;

    @BeforeAll
    static void simulate() {
        yesNo = dir.resolve("yes-no");
        score = dir.resolve("score");
        RecordFixture.simulate(yesNo, 40, "yes-no-abstain", 2);
        RecordFixture.simulate(score, 8, "score:2", 4);
        assertTrue(Verifier.verify(yesNo).passed());
        assertTrue(Verifier.verify(score).passed());
    }

    private static Path copy(Path record, String name) throws IOException {
        Path to = dir.resolve(name);
        Files.createDirectories(to);
        try (var files = Files.list(record)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    @SuppressWarnings("unchecked")
    private static void editBoardLine(Path record, int index, UnaryOperator<Map<String, Object>> edit) throws IOException {
        Path board = record.resolve(RecordLayout.BOARD);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(board));
        lines.set(index, Json.write(edit.apply((Map<String, Object>) Json.parse(lines.get(index)))));
        Files.writeString(board, String.join("\n", lines) + "\n");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ballot(Map<String, Object> line) {
        return (Map<String, Object>) line.get("ballot");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contest(Map<String, Object> line) {
        return (Map<String, Object>) ((List<Object>) ballot(line).get("contests")).get(0);
    }

    /** (a) An entry failing V8 keeps its place in the chain and is not examined by V9–V11. */
    @Test
    void aAnEntryFailingV8WhoseCodeCanBeRecomputedPassesV7AndIsLeftToV8() throws IOException {
        Path r = copy(yesNo, "a");
        editBoardLine(r, 2, l -> {
            ballot(l).put("note", "not a field of a ballot");
            return l;
        });
        VerificationReport report = Verifier.verify(r);
        assertEquals(CheckResult.Status.FAILED, report.check("V8").status());
        assertEquals(1, report.check("V8").failed());
        assertEquals(CheckResult.Status.PASSED, report.check("V7").status(), report.check("V7").failures().toString());
        long entries = Files.readAllLines(r.resolve(RecordLayout.BOARD)).size();
        assertEquals(entries - 1, report.check("V9").checked(), "V9 does not examine the entry that failed V8");
        assertEquals(0, report.check("V9").failed());
    }

    /** (b) A missing limit and "limit":"" give the same digest and code; the opening lies outside the code. */
    @Test
    void bAnEmptyLimitHasTheDigestOfNoneAndTheOpeningIsOutsideTheCodeYetBothAreCaught() throws IOException {
        Path r = copy(score, "b");
        byte[] he = Bytes.decode(contextHash(r));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) Json.parse(Files.readAllLines(r.resolve(RecordLayout.BOARD)).get(0));
        byte[] without = RecordCodec.writtenBallotDigest(first, he).orElseThrow();
        contest(first).put("limit", "");
        assertArrayEquals(without, RecordCodec.writtenBallotDigest(first, he).orElseThrow());
        editBoardLine(r, 0, l -> {
            contest(l).put("limit", "");
            return l;
        });
        VerificationReport report = Verifier.verify(r);
        assertEquals(CheckResult.Status.PASSED, report.check("V7").status(), "same digest, same code");
        assertEquals(CheckResult.Status.FAILED, report.check("V8").status(), "but the field may not be there");

        Path o = copy(yesNo, "b-opening");
        int challenged = lineWith(o, "\"state\":\"challenged\"");
        editBoardLine(o, challenged, l -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> cell = (Map<String, Object>) ((List<Object>) ((List<Object>) l.get("opening")).get(0)).get(0);
            cell.put("value", 1 - (Long) cell.get("value"));
            return l;
        });
        VerificationReport opened = Verifier.verify(o);
        assertEquals(CheckResult.Status.PASSED, opened.check("V7").status(), "the opening is not in the code");
        assertEquals(CheckResult.Status.FAILED, opened.check("V13").status(), "an opening is fixed by its ciphertexts");
    }

    /** (c) 1 ≤ t ≤ n is part of the manifest check. */
    @Test
    void cAThresholdAboveTheTrusteesFailsTheManifestCheck() throws IOException {
        for (long t : List.of(0L, 4L)) {
            Path r = copy(yesNo, "c" + t);
            editJson(r.resolve(RecordLayout.ELECTION), m -> {
                m.put("threshold", t);
                return m;
            });
            VerificationReport report = Verifier.verify(r);
            assertEquals(CheckResult.Status.FAILED, report.check("V2").status());
            assertTrue(report.check("V2").failures().get(0).contains("1 ≤ threshold ≤ trustees"),
                    report.check("V2").failures().toString());
        }
    }

    /** (d) The roll is judged on its own, whatever the ceremony. */
    @Test
    void dTheRollIsCheckedEvenWhenTheCeremonyFails() throws IOException {
        Path r = copy(yesNo, "d");
        editJson(r.resolve(RecordLayout.CEREMONY), c -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> first = (Map<String, Object>) ((List<Object>) c.get("announcements")).get(0);
            String proof = (String) first.get("encryptionKeyProof");
            first.put("encryptionKeyProof", (proof.charAt(10) == 'A' ? "B" : "A").transform(x -> proof.substring(0, 10) + x
                    + proof.substring(11)));
            return c;
        });
        VerificationReport good = Verifier.verify(r);
        assertEquals(CheckResult.Status.FAILED, good.check("V3").status());
        assertEquals(CheckResult.Status.PASSED, good.check("V5").status(), good.check("V5").failures().toString());
        assertTrue(good.check("V6").failures().get(0).startsWith("not checked"));

        Path roll = r.resolve(RecordLayout.ROLL);
        List<String> lines = Files.readAllLines(roll);
        Files.writeString(roll, String.join("\n", lines) + "\n" + lines.get(0) + "\n");
        VerificationReport bad = Verifier.verify(r);
        assertTrue(bad.check("V5").failures().get(0).contains("credential listed twice"),
                bad.check("V5").failures().toString());
    }

    /** (e) A present file of a later phase is read and must be canonical, even when its phase is not checked. */
    @Test
    void eANonCanonicalFileOfAPhaseNotReadMakesTheRecordUnusable() throws IOException {
        Path r = copy(yesNo, "e");
        Files.delete(r.resolve(RecordLayout.BOARD));
        Path tally = r.resolve(RecordLayout.TALLY);
        Files.writeString(tally, Files.readString(tally).replaceFirst("\\{", "{ "));
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> Verifier.verify(r));
        assertTrue(e.getMessage().startsWith("tally.json"), e.getMessage());

        Files.writeString(tally, Files.readString(tally).replaceFirst("\\{ ", "{"));
        VerificationReport report = Verifier.verify(r);
        assertEquals(CheckResult.Status.FAILED, report.check("V1").status(), "a tally without a board");
        assertTrue(report.check("V1").failures().stream().anyMatch(f -> f.contains("tally.json is present but board.ndjson "
                + "is not")), report.check("V1").failures().toString());
        assertEquals(CheckResult.Status.NOT_YET, report.check("V7").status());
    }

    /** (f) With no counted ballot there is no tally; a tally.json then fails V14 with one named failure. */
    @Test
    void fATallyWhenNoBallotIsCountedFailsV14Once() throws IOException {
        Path r = copy(yesNo, "f");
        Files.writeString(r.resolve(RecordLayout.BOARD), "");
        VerificationReport report = Verifier.verify(r);
        assertEquals(CheckResult.Status.PASSED, report.check("V7").status());
        CheckResult v14 = report.check("V14");
        assertEquals(1, v14.failed());
        assertTrue(v14.failures().get(0).contains("no ballot on the board is counted, so there is no tally"), v14.failures().toString());
        assertTrue(report.check("V15").failures().get(0).startsWith("not checked"));
        assertTrue(report.check("V16").failures().get(0).startsWith("not checked"));
    }

    /** (g) Other files and folders are allowed, ignored and named in the report. */
    @Test
    void gExtraFilesAreIgnoredAndNamed() throws IOException {
        Path r = copy(yesNo, "g");
        Files.writeString(r.resolve("README.txt"), "notes");
        Files.createDirectories(r.resolve("receipts"));
        Files.writeString(r.resolve("board.ndjson.bak"), "whatever");
        VerificationReport report = Verifier.verify(r);
        assertTrue(report.passed(), report.checks().toString());
        assertEquals("README.txt, board.ndjson.bak, receipts (not part of the record)", report.facts().get("ignored"));
    }

    /** (h) A ballot field that is not base64url leaves its code undefined: V7 fails for that line only. */
    @Test
    void hAFieldThatIsNotBase64urlFailsV7ForItsLineOnly() throws IOException {
        Path r = copy(yesNo, "h");
        editBoardLine(r, 3, l -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> sel = (Map<String, Object>) ((List<Object>) contest(l).get("selections")).get(0);
            sel.put("alpha", "not base64url!");
            return l;
        });
        VerificationReport report = Verifier.verify(r);
        CheckResult v7 = report.check("V7");
        assertEquals(1, v7.failed(), v7.failures().toString());
        assertTrue(v7.failures().get(0).startsWith("board line 4: the tracking code cannot be recomputed"), v7.failures().toString());
        assertEquals(CheckResult.Status.FAILED, report.check("V8").status());
    }

    private static int lineWith(Path record, String text) throws IOException {
        List<String> lines = Files.readAllLines(record.resolve(RecordLayout.BOARD));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    @SuppressWarnings("unchecked")
    private static void editJson(Path file, UnaryOperator<Map<String, Object>> edit) throws IOException {
        Files.writeString(file, Json.write(edit.apply((Map<String, Object>) Json.parse(Files.readString(file)))));
    }

    @SuppressWarnings("unchecked")
    private static String contextHash(Path record) throws IOException {
        return (String) ((Map<String, Object>) Json.parse(Files.readString(record.resolve(RecordLayout.CONTEXT))))
                .get("extendedHash");
    }
}
