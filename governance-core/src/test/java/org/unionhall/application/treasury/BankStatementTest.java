package org.unionhall.application.treasury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.shared.InvalidInput;

/** The one statement format, read strictly: what a bank export may hold and what is refused, naming the line. */
class BankStatementTest {
    private static final String HEADER = "date,amount,currency,payer,reference";

    private static List<BankStatement.Row> read(String text, int max) {
        return BankStatement.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    private static String refused(String text) {
        return assertThrows(InvalidInput.class, () -> read(text, 10)).getMessage();
    }

    @Test
    void readsQuotedFieldsLineEndingsAByteOrderMarkAndBlankLines() {
        List<BankStatement.Row> rows = read("\uFEFF" + "Date,Amount,Currency,Payer,Reference\n\n"
                + "2026-03-02, 25.00 ,EUR,\"Doe, \"\"JD\"\" John\",\"two\nlines\"\r\n"
                + "2026-03-03,-8.00,EUR,,\r\n", 10);
        assertEquals(List.of(new BankStatement.Row(3, "2026-03-02", "25.00", "EUR", "Doe, \"JD\" John", "two\nlines"),
                new BankStatement.Row(5, "2026-03-03", "-8.00", "EUR", "", "")), rows);
    }

    @Test
    void refusesWhatItCannotReadNamingTheLine() {
        assertEquals("Line 1: a statement starts with the header line date,amount,currency,payer,reference (these "
                + "five columns, in this order).", refused("date;amount;currency;payer;reference\n"));
        assertEquals("Line 2 has 6 fields; every line has five: date,amount,currency,payer,reference. Quote a field "
                + "that holds a comma.", refused(HEADER + "\n2026-03-02,1,234.00,EUR,A,B\n"));
        assertEquals("Line 2: a quoted field is not closed.", refused(HEADER + "\n2026-03-02,1.00,EUR,\"A,B\n"));
        assertEquals("Line 2: after a quoted field comes a comma or the end of the line.",
                refused(HEADER + "\n2026-03-02,1.00,EUR,\"A\"B,C\n"));
        assertEquals("Line 2: a quote inside a field that does not start with one. Quote the whole field and double "
                + "the quotes in it.", refused(HEADER + "\n2026-03-02,1.00,EUR,A\"B,C\n"));
        assertEquals("Line 2: a field is longer than 140 characters.",
                refused(HEADER + "\n2026-03-02,1.00,EUR," + "x".repeat(141) + ",C\n"));
        assertEquals("The statement has no lines after its header.", refused(HEADER + "\r\n\r\n"));
        assertEquals("The statement is empty: it needs the header line date,amount,currency,payer,reference and "
                + "one line per booking.", refused(""));
        assertEquals("The statement has more than 1 lines. Split it by date and import the parts one after the "
                + "other.", assertThrows(InvalidInput.class, () -> read(HEADER + "\n2026-03-02,1,EUR,A,B\n"
                + "2026-03-02,1,EUR,A,B\n", 1)).getMessage());
        assertEquals("The statement is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.",
                assertThrows(InvalidInput.class, () -> BankStatement.read(new ByteArrayInputStream(
                        new byte[] {'d', (byte) 0xC3, '(', '\n'}), 10)).getMessage());
    }
}
