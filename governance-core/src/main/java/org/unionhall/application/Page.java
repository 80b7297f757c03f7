package org.unionhall.application;

import java.util.List;
import java.util.Objects;
import org.unionhall.domain.shared.InvalidInput;

/**
 * One page of a longer list.
 *
 * @param items the rows of this page, at most {@code size}
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param total how many rows the whole list holds
 * @param <T> the row type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 100;

    /** Copies the rows so the page cannot change afterwards. */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /**
     * From the page's place and length only, not from every row: JSON-B's check for cycles hashes
     * each object it writes, twice, and a record's own hash of a page of 100 rows walks them all.
     * Equal pages still hash alike.
     */
    @Override
    public int hashCode() {
        return Objects.hash(page, size, total, items.size());
    }

    /** The number of pages (at least 1, so an empty list still has one empty page). */
    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Refuses a page number below 0 or a size outside 1..{@value #MAX_SIZE}. */
    public static void checkRequest(int page, int size) {
        if (page < 0) {
            throw new InvalidInput("The page number must be 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("The page size must be between 1 and " + MAX_SIZE + ".");
        }
    }
}
