package org.unionhall.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.unionhall.domain.shared.InvalidInput;

/**
 * Reads the records of a CSV file (RFC 4180) one at a time, as it arrives, counting lines: fields
 * optionally in double quotes (a quote doubled inside them), records ended by CR LF, LF or CR, a
 * byte-order mark at the start skipped. Two readings of the same grammar:
 * <ul>
 *   <li><b>lenient</b> ({@link #lenient}), for lists people type into a spreadsheet: a comma or a
 *   semicolon separates fields, a stray quote is kept as a character, an unclosed quote ends at
 *   the end of the file, and a field is cut at its limit;</li>
 *   <li><b>strict</b> ({@link #strict}), for files where a guess could book money wrongly: only a
 *   comma separates, and a stray quote, text after a closing quote, an unclosed quote or a field
 *   over its limit is refused with an {@link InvalidInput} naming the line.</li>
 * </ul>
 * The caller reads the file through {@link #utf8} and turns its
 * {@link java.nio.charset.CharacterCodingException} into its own words.
 */
public final class CsvRecords {
    private final Reader in;
    private final boolean strict;
    private final int fieldLimit;
    private int line = 1;
    private int next = -2;

    private CsvRecords(Reader in, boolean strict, int fieldLimit) throws IOException {
        this.in = in;
        this.strict = strict;
        this.fieldLimit = fieldLimit;
        if (peek() == '\uFEFF') {
            take();
        }
    }

    /** A reader that refuses bytes that are not UTF-8 (with a {@link java.nio.charset.CharacterCodingException}). */
    public static Reader utf8(InputStream file) {
        return new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /**
     * Records separated by a comma or a semicolon, forgiving what a spreadsheet may write.
     *
     * @param fieldCut the most characters kept of a field
     */
    public static CsvRecords lenient(Reader in, int fieldCut) throws IOException {
        return new CsvRecords(in, false, fieldCut);
    }

    /**
     * Records separated by commas, refusing anything RFC 4180 does not allow.
     *
     * @param maxField the longest field allowed
     */
    public static CsvRecords strict(Reader in, int maxField) throws IOException {
        return new CsvRecords(in, true, maxField);
    }

    /** Whether another record follows. */
    public boolean hasNext() throws IOException {
        return peek() != -1;
    }

    /** The line the next record starts on, 1 for the first. */
    public int line() {
        return line;
    }

    /** The next record, up to and including its line break. */
    public List<String> next() throws IOException {
        int at = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean closed = false;
        while (true) {
            int c = take();
            if (c == -1) {
                if (quoted && strict) {
                    throw new InvalidInput("Line " + at + ": a quoted field is not closed.");
                }
                fields.add(field.toString());
                return fields;
            }
            if (quoted) {
                if (c == '"' && peek() == '"') {
                    take();
                    append(field, '"', at);
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c, at);
                }
            } else if (c == ',' || c == ';' && !strict) {
                fields.add(field.toString());
                field.setLength(0);
                closed = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    take();
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else if (closed && strict) {
                throw new InvalidInput("Line " + at + ": after a quoted field comes a comma or the end of the line.");
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == '"' && strict) {
                throw new InvalidInput("Line " + at + ": a quote inside a field that does not start with one. "
                        + "Quote the whole field and double the quotes in it.");
            } else {
                append(field, (char) c, at);
            }
        }
    }

    private void append(StringBuilder field, char c, int at) {
        if (field.length() < fieldLimit) {
            field.append(c);
        } else if (strict) {
            throw new InvalidInput("Line " + at + ": a field is longer than " + fieldLimit + " characters.");
        }
    }

    private int peek() throws IOException {
        if (next == -2) {
            next = in.read();
        }
        return next;
    }

    private int take() throws IOException {
        int c = peek();
        next = -2;
        return c;
    }
}
