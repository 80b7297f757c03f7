package org.unionhall.domain.shared;

import java.util.Optional;

/**
 * A count of people as it may be shown outside the group it counts: the small-group rule of
 * Unionhall, in one place. Published figures suppress groups smaller than {@value #SMALLEST_SHOWN}
 * (a chapter of three, a turnout of two), because a small number together with what a reader
 * already knows can name the people behind it. A count below {@value #SMALLEST_SHOWN} is shown
 * as "fewer than 5" and carries no number; from {@value #SMALLEST_SHOWN} on it is shown whole.
 *
 * <p>Use {@link #shown(long)} for every count a visitor, a member of another chapter or a
 * public page sees, and {@link #exact(long)} only inside a member's own view (the members of a
 * chapter counting their own chapter, whose list they may read anyway). The verifiable election
 * record is not a display and is never passed through this rule: it is the proof.
 *
 * @param count the number, empty when it is suppressed
 * @param fewerThan {@value #SMALLEST_SHOWN} when the number is suppressed, empty otherwise
 * @param text the count in words: the number, or "fewer than 5"
 */
public record PeopleCount(Optional<Long> count, Optional<Integer> fewerThan, String text) {
    /** The smallest group whose size is shown. */
    public static final int SMALLEST_SHOWN = 5;

    /** The words shown instead of a count below {@value #SMALLEST_SHOWN}. */
    public static final String FEWER_THAN = "fewer than " + SMALLEST_SHOWN;

    /** Checks the parts agree: exactly one of count and fewerThan. */
    public PeopleCount {
        if (count.isPresent() == fewerThan.isPresent()) {
            throw new IllegalArgumentException("a count is either shown or suppressed");
        }
    }

    /** A count as anyone outside the group may see it: below {@value #SMALLEST_SHOWN}, suppressed. */
    public static PeopleCount shown(long people) {
        checkNotNegative(people);
        return people < SMALLEST_SHOWN ? new PeopleCount(Optional.empty(), Optional.of(SMALLEST_SHOWN), FEWER_THAN)
                : exact(people);
    }

    /** A count shown whole: only inside the view of the people it counts. */
    public static PeopleCount exact(long people) {
        checkNotNegative(people);
        return new PeopleCount(Optional.of(people), Optional.empty(), Long.toString(people));
    }

    /** {@link #exact} when the viewer belongs to the group counted, {@link #shown} otherwise. */
    public static PeopleCount seenBy(long people, boolean viewerInsideTheGroup) {
        return viewerInsideTheGroup ? exact(people) : shown(people);
    }

    /** Whether the number is withheld. */
    public boolean suppressed() {
        return count.isEmpty();
    }

    private static void checkNotNegative(long people) {
        if (people < 0) {
            throw new IllegalArgumentException("a count of people is never negative");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
