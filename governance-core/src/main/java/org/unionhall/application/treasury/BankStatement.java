package org.unionhall.application.treasury;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unionhall.application.CsvRecords;
import org.unionhall.domain.shared.InvalidInput;

/**
 * Reads a bank statement in the one format docs/ledger.md describes: CSV (RFC 4180) in UTF-8, a
 * header line {@code date,amount,currency,payer,reference}, then one line per booking with
 * exactly these five fields, separated by commas, optionally in double quotes. It is strict where
 * a guess could book money wrongly ({@link CsvRecords#strict}): another header, another number of
 * fields, a quote left open or a field over {@value #MAX_FIELD} characters refuses the whole file,
 * naming the line. What a field means is checked line by line afterwards.
 */
final class BankStatement {
    /** The header, column by column. */
    static final List<String> HEADER = List.of("date", "amount", "currency", "payer", "reference");
    static final int MAX_FIELD = 140;

    /**
     * One line of the statement as written.
     *
     * @param line its line number in the file
     */
    record Row(int line, String date, String amount, String currency, String payer, String reference) {
    }

    private final CsvRecords records;

    private BankStatement(CsvRecords records) {
        this.records = records;
    }

    /**
     * The lines of a statement, after its header.
     *
     * @param maxLines the most lines it may hold
     * @throws InvalidInput for a file that is not UTF-8, lacks the header, holds no line or too
     *         many, or has a line that is not five fields
     */
    static List<Row> read(InputStream file, int maxLines) {
        try {
            return new BankStatement(CsvRecords.strict(CsvRecords.utf8(file), MAX_FIELD)).rows(maxLines);
        } catch (CharacterCodingException e) {
            throw new InvalidInput("The statement is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Row> rows(int maxLines) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        while (records.hasNext()) {
            int at = records.line();
            List<String> fields = records.next();
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (header) {
                if (!fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER)) {
                    throw new InvalidInput("Line " + at + ": a statement starts with the header line "
                            + String.join(",", HEADER) + " (these five columns, in this order).");
                }
                header = false;
                continue;
            }
            if (fields.size() != HEADER.size()) {
                throw new InvalidInput("Line " + at + " has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s")
                        + "; every line has five: " + String.join(",", HEADER) + ". Quote a field that holds a comma.");
            }
            if (rows.size() == maxLines) {
                throw new InvalidInput("The statement has more than " + maxLines + " lines. Split it by date and "
                        + "import the parts one after the other.");
            }
            rows.add(new Row(at, fields.get(0).strip(), fields.get(1).strip(), fields.get(2).strip(),
                    fields.get(3).strip(), fields.get(4).strip()));
        }
        if (header) {
            throw new InvalidInput("The statement is empty: it needs the header line " + String.join(",", HEADER)
                    + " and one line per booking.");
        }
        if (rows.isEmpty()) {
            throw new InvalidInput("The statement has no lines after its header.");
        }
        return rows;
    }
}
