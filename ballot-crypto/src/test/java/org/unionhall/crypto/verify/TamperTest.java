package org.unionhall.crypto.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordLayout;

/**
 * Changes one value of the record at a time (every value of every small file, every value of a
 * sample of board lines: cast, challenged and revoted ballots) and checks that the verifier then
 * fails a named check. Nothing else is changed, so the failure is caused by that one value.
 */
class TamperTest {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9_-]{20,}");

    @TempDir
    static Path dir;

    @BeforeAll
    static void simulate() {
        RecordFixture.simulate(dir, 16, "yes-no-abstain", 2);
        assertTrue(Verifier.verify(dir).passed(), "the untouched record passes");
    }

    @Test
    void everyValueOfTheSmallFilesIsProtected() throws IOException {
        for (String file : List.of(RecordLayout.ELECTION, RecordLayout.CONTEXT, RecordLayout.CEREMONY, RecordLayout.CLOSING,
                RecordLayout.TALLY, RecordLayout.DECRYPTION, RecordLayout.RESULT)) {
            tamperEveryLeaf(file, List.of(0));
        }
    }

    @Test
    void everyValueOfSampledRollEntriesIsProtected() throws IOException {
        tamperEveryLeaf(RecordLayout.ROLL, List.of(0, 7, 15));
    }

    @Test
    void everyValueOfSampledBoardLinesIsProtected() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(RecordLayout.BOARD));
        List<Integer> sample = new ArrayList<>(List.of(0, lines.size() - 1));
        int challenged = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"state\":\"challenged\"")) {
                challenged = i;
            }
        }
        assertTrue(challenged >= 0, "the record has a challenged ballot");
        sample.add(challenged);
        tamperEveryLeaf(RecordLayout.BOARD, sample);
    }

    @Test
    void swappingTwoBoardLinesBreaksTheChain() throws IOException {
        Path board = dir.resolve(RecordLayout.BOARD);
        List<String> original = Files.readAllLines(board);
        List<String> swapped = new ArrayList<>(original);
        swapped.set(3, original.get(4));
        swapped.set(4, original.get(3));
        try {
            write(board, swapped);
            VerificationReport r = Verifier.verify(dir);
            assertTrue(r.check("V7").status() == CheckResult.Status.FAILED, r.check("V7").toString());
        } finally {
            write(board, original);
        }
    }

    @Test
    void removingABoardLineIsDetected() throws IOException {
        Path board = dir.resolve(RecordLayout.BOARD);
        List<String> original = Files.readAllLines(board);
        List<String> shorter = new ArrayList<>(original);
        shorter.remove(5);
        try {
            write(board, shorter);
            VerificationReport r = Verifier.verify(dir);
            assertTrue(r.check("V7").status() == CheckResult.Status.FAILED);
        } finally {
            write(board, original);
        }
    }

    private void tamperEveryLeaf(String file, List<Integer> lineNumbers) throws IOException {
        Path path = dir.resolve(file);
        List<String> original = Files.readAllLines(path, StandardCharsets.UTF_8);
        int tried = 0;
        try {
            for (int lineNo : lineNumbers) {
                List<List<Object>> paths = new ArrayList<>();
                leaves(Json.parse(original.get(lineNo)), new ArrayList<>(), paths);
                for (List<Object> leaf : paths) {
                    Object json = Json.parse(original.get(lineNo));
                    String description = file + " line " + (lineNo + 1) + " " + leaf;
                    mutate(json, leaf);
                    List<String> changed = new ArrayList<>(original);
                    changed.set(lineNo, Json.write(json));
                    write(path, changed);
                    VerificationReport r = Verifier.verify(dir);
                    assertFalse(r.nothingFailed(), "changing " + description + " went unnoticed");
                    tried++;
                }
            }
        } finally {
            write(path, original);
        }
        assertTrue(tried > 0);
        assertTrue(Verifier.verify(dir).passed(), "the restored record passes again");
    }

    private static void write(Path path, List<String> lines) throws IOException {
        boolean ndjson = path.toString().endsWith(".ndjson");
        Files.writeString(path, ndjson ? String.join("\n", lines) + "\n" : lines.get(0), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static void leaves(Object json, List<Object> at, List<List<Object>> out) {
        if (json instanceof Map<?, ?> m) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                List<Object> next = new ArrayList<>(at);
                next.add(e.getKey());
                leaves(e.getValue(), next, out);
            }
        } else if (json instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                List<Object> next = new ArrayList<>(at);
                next.add(i);
                leaves(l.get(i), next, out);
            }
        } else {
            out.add(at);
        }
    }

    @SuppressWarnings("unchecked")
    private static void mutate(Object json, List<Object> leaf) {
        Object parent = json;
        for (int i = 0; i < leaf.size() - 1; i++) {
            Object k = leaf.get(i);
            parent = k instanceof String s ? ((Map<String, Object>) parent).get(s) : ((List<Object>) parent).get((Integer) k);
        }
        Object key = leaf.get(leaf.size() - 1);
        Object value = key instanceof String s ? ((Map<String, Object>) parent).get(s)
                : ((List<Object>) parent).get((Integer) key);
        Object changed;
        if (value instanceof Long n) {
            changed = n + 1;
        } else if (value instanceof String s && BASE64.matcher(s).matches()) {
            int mid = s.length() / 2;
            char c = s.charAt(mid);
            changed = s.substring(0, mid) + (c == 'A' ? 'B' : 'A') + s.substring(mid + 1);
        } else if (value instanceof String s) {
            changed = s + "x";
        } else {
            changed = !(Boolean) value;
        }
        if (key instanceof String s) {
            ((Map<String, Object>) parent).put(s, changed);
        } else {
            ((List<Object>) parent).set((Integer) key, changed);
        }
    }
}
