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
}
