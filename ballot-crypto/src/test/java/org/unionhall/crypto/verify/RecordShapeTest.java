package org.unionhall.crypto.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.crypto.record.RecordFormatException;
import org.unionhall.crypto.record.RecordLayout;

/** Records of the wrong shape: unknown fields, missing phases, unreadable files. */
class RecordShapeTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void simulate() {
        RecordFixture.simulate(dir, 6, "approval:3", 5);
    }

    @Test
    void anExtraFieldInABallotFailsTheBallotFormCheck() throws IOException {
        Path board = dir.resolve(RecordLayout.BOARD);
        List<String> original = Files.readAllLines(board);
        List<String> changed = new ArrayList<>(original);
        changed.set(0, original.get(0).replace("\"ballot\":{\"contests\"", "\"ballot\":{\"choice\":\"yes\",\"contests\""));
        try {
            Files.writeString(board, String.join("\n", changed) + "\n");
            CheckResult v8 = Verifier.verify(dir).check("V8");
            assertEquals(CheckResult.Status.FAILED, v8.status());
            assertTrue(v8.failures().get(0).contains("must have exactly the fields"), v8.failures().toString());
        } finally {
            Files.writeString(board, String.join("\n", original) + "\n");
        }
    }

    @Test
    void aRecordWithoutItsResultIsNotYetComplete() throws IOException {
        Path result = dir.resolve(RecordLayout.RESULT);
        byte[] saved = Files.readAllBytes(result);
        try {
            Files.delete(result);
            VerificationReport r = Verifier.verify(dir);
            assertTrue(r.nothingFailed());
            assertTrue(!r.passed());
            assertEquals(CheckResult.Status.NOT_YET, r.check("V16").status());
        } finally {
            Files.write(result, saved);
        }
        assertTrue(Verifier.verify(dir).passed());
    }

    @Test
    void aMissingRollOrAPrettyPrintedFileIsUnusable() throws IOException {
        Path roll = dir.resolve(RecordLayout.ROLL);
        byte[] saved = Files.readAllBytes(roll);
        try {
            Files.delete(roll);
            RecordFormatException e = assertThrows(RecordFormatException.class, () -> Verifier.verify(dir));
            assertTrue(e.getMessage().contains("roll.ndjson"));
        } finally {
            Files.write(roll, saved);
        }
        Path context = dir.resolve(RecordLayout.CONTEXT);
        String text = Files.readString(context);
        try {
            Files.writeString(context, text.replace(",", ", "));
            RecordFormatException e = assertThrows(RecordFormatException.class, () -> Verifier.verify(dir));
            assertTrue(e.getMessage().contains("canonical"), e.getMessage());
        } finally {
            Files.writeString(context, text);
        }
    }

    @Test
    void crLfLineEndsOrAMissingFinalLineFeedMakeTheRollOrBoardUnreadable() throws IOException {
        for (String file : List.of(RecordLayout.ROLL, RecordLayout.BOARD)) {
            Path path = dir.resolve(file);
            String text = Files.readString(path);
            assertTrue(text.endsWith("\n") && !text.contains("\r"), "the writer frames " + file + " as §10 says");
            try {
                Files.writeString(path, text.replace("\n", "\r\n"));
                RecordFormatException crlf = assertThrows(RecordFormatException.class, () -> Verifier.verify(dir));
                assertTrue(crlf.getMessage().contains(file) && crlf.getMessage().contains("CR"), crlf.getMessage());
                Files.writeString(path, text.substring(0, text.length() - 1));
                RecordFormatException open = assertThrows(RecordFormatException.class, () -> Verifier.verify(dir));
                assertTrue(open.getMessage().contains("does not end with LF"), open.getMessage());
            } finally {
                Files.writeString(path, text);
            }
        }
        assertTrue(Verifier.verify(dir).passed());
    }

    @Test
    void partialDecryptionsOutOfTrusteeOrderFailTheDecryptionCheck() throws IOException {
        Path decryption = dir.resolve(RecordLayout.DECRYPTION);
        String text = Files.readString(decryption);
        String prefix = "{\"trustees\":[";
        assertTrue(text.startsWith(prefix) && text.endsWith("]}"), text);
        String body = text.substring(prefix.length(), text.length() - 2);
        int split = body.indexOf("},{\"partials\"");
        assertTrue(split > 0, "at least two trustees decrypted: " + body);
        String reversed = prefix + body.substring(split + 2) + "," + body.substring(0, split + 1) + "]}";
        try {
            Files.writeString(decryption, reversed);
            CheckResult v15 = Verifier.verify(dir).check("V15");
            assertEquals(CheckResult.Status.FAILED, v15.status());
            assertTrue(v15.failures().get(0).contains("ascending order"), v15.failures().toString());
        } finally {
            Files.writeString(decryption, text);
        }
        assertTrue(Verifier.verify(dir).passed());
    }
}
