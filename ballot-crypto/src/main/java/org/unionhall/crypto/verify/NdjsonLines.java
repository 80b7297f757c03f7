package org.unionhall.crypto.verify;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unionhall.crypto.record.RecordFormatException;

/**
 * Reads a newline-delimited file of the record ({@code roll.ndjson}, {@code board.ndjson}) line by
 * line, holding it to the framing of protocol §10: every line ends with one LF, the last one too,
 * no CR anywhere, valid UTF-8. A file that breaks the framing is unreadable, as the spec says, so
 * a verifier written from the spec and this one agree on it.
 */
final class NdjsonLines implements AutoCloseable {
    private final String name;
    private final Framing framing;
    private final BufferedReader reader;

    NdjsonLines(Path file, String name) throws IOException {
        this.name = name;
        this.framing = new Framing(Files.newInputStream(file));
        this.reader = new BufferedReader(new InputStreamReader(framing, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /**
     * The next line without its LF, or {@code null} at the end of the file.
     *
     * @throws RecordFormatException when the file breaks the framing of §10
     */
    String next() throws IOException {
        String line = reader.readLine();
        if (framing.sawCarriageReturn) {
            throw new RecordFormatException(name + " holds a CR (0x0D); lines end with LF alone (protocol §10)");
        }
        if (line == null && framing.last != -1 && framing.last != '\n') {
            throw new RecordFormatException(name + ": the last line does not end with LF (protocol §10)");
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Watches the raw bytes for CR and remembers the last byte of the file. */
    private static final class Framing extends FilterInputStream {
        boolean sawCarriageReturn;
        int last = -1;

        Framing(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                see(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + Math.max(n, 0); i++) {
                see(buffer[i] & 0xFF);
            }
            return n;
        }

        private void see(int b) {
            if (b == '\r') {
                sawCarriageReturn = true;
            }
            last = b;
        }
    }
}
