package org.unionhall.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unionhall.domain.shared.InvalidInput;

/**
 * Reads a list of people to invite from a CSV file (RFC 4180): one person a line, their name then
 * their e-mail address, separated by a comma or a semicolon, fields optionally in double quotes.
 * A first line naming the columns ({@code name,email}, in either order) is recognised and skipped;
 * blank lines are skipped. The file is read as it arrives and given up as soon as it is found to
 * be too long or not UTF-8, so a file of 100,000 lines costs no more than its first
 * {@value #MAX_ROWS} rows. A field is kept to {@value #FIELD_CUT} characters (a longer one is
 * refused by the row check anyway).
 */
public final class InviteeFile {
    /** The most people one file may invite. */
    public static final int MAX_ROWS = 5_000;
    /** The answer to a longer file. */
    public static final String TOO_MANY = "The file has more than 5,000 rows. Split it into files of at most 5,000 "
            + "people and import them one after the other.";
    /** The answer to a file that is not UTF-8. */
    public static final String NOT_UTF8 = "The file is not UTF-8 text. Save it as \"CSV UTF-8\" (in a spreadsheet: "
            + "Save as, then CSV UTF-8) and import it again.";
    static final int FIELD_CUT = 300;
    private static final Set<String> EMAIL_HEADERS = Set.of("email", "e-mail", "mail", "email address",
            "e-mail address", "address");
    private static final Set<String> NAME_HEADERS = Set.of("name", "display name", "full name");

    private final CsvRecords records;

    private InviteeFile(CsvRecords records) {
        this.records = records;
    }

    /**
     * The people of a file, each with its line.
     *
     * @throws InvalidInput when the file is not UTF-8, has more than {@link #MAX_ROWS} people, or
     *         holds nobody
     */
    public static List<Invitee> read(InputStream file) {
        try {
            return new InviteeFile(CsvRecords.lenient(CsvRecords.utf8(file), FIELD_CUT)).rows();
        } catch (CharacterCodingException e) {
            throw new InvalidInput(NOT_UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Invitee> rows() throws IOException {
        List<Invitee> people = new ArrayList<>();
        int nameColumn = 0;
        int emailColumn = 1;
        boolean first = true;
        while (records.hasNext()) {
            int at = records.line();
            List<String> fields = records.next();
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (first) {
                first = false;
                int emailHeader = indexOf(fields, EMAIL_HEADERS);
                if (emailHeader >= 0) {
                    emailColumn = emailHeader;
                    int nameHeader = indexOf(fields, NAME_HEADERS);
                    nameColumn = nameHeader >= 0 ? nameHeader : (emailHeader == 0 ? 1 : 0);
                    continue;
                }
            }
            if (people.size() == MAX_ROWS) {
                throw new InvalidInput(TOO_MANY);
            }
            people.add(new Invitee(at, field(fields, nameColumn), field(fields, emailColumn)));
        }
        if (people.isEmpty()) {
            throw new InvalidInput("The file holds nobody to invite: give one person a line, their name then their "
                    + "e-mail address, such as: Ada Lovelace,ada@example.org");
        }
        return people;
    }

    private static int indexOf(List<String> fields, Set<String> names) {
        for (int i = 0; i < fields.size(); i++) {
            if (names.contains(fields.get(i).strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static String field(List<String> fields, int column) {
        return column < fields.size() ? fields.get(column) : "";
    }
}
