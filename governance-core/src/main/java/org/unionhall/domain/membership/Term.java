package org.unionhall.domain.membership;

import java.time.LocalDate;
import java.time.Period;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.Check;

/**
 * The days a mandate is held: from {@code start} to {@code end}, both included. A term has an end
 * (nobody holds a role forever) and lasts at most {@link #LONGEST}.
 *
 * @param start first day
 * @param end last day
 */
public record Term(LocalDate start, LocalDate end) {
    /** The longest term a union grants in one go; a longer one needs a new mandate. */
    public static final Period LONGEST = Period.ofYears(4);

    /** Checks that the term has both ends, in order, and is not longer than {@link #LONGEST}. */
    public Term {
        Check.present(start, "The first day of the term");
        Check.present(end, "The last day of the term");
        if (end.isBefore(start)) {
            throw new InvalidInput("The term ends (" + end + ") before it starts (" + start + ").");
        }
        if (end.isAfter(start.plus(LONGEST))) {
            throw new InvalidInput("A term may last at most four years; " + start + " to " + end + " is longer.");
        }
    }

    /** Whether the given day lies in the term. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether the two terms share at least one day. */
    public boolean overlaps(Term other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    @Override
    public String toString() {
        return start + " to " + end;
    }
}
