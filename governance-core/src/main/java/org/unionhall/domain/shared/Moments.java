package org.unionhall.domain.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moments as Unionhall writes them in sentences (mail, notifications, the console): to the minute, in UTC. */
public final class Moments {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Moments() {
    }

    /** The moment in words, e.g. {@code 2026-12-08 05:53 UTC}. */
    public static String inWords(Instant moment) {
        return WHEN.format(moment);
    }

    /**
     * A time something ends by, in words: a vote that closes "at the end of 14 December" closes at
     * midnight, which reads as {@code the end of 2026-12-14 (24:00 UTC)} rather than as the
     * next day; any other moment as {@link #inWords}.
     */
    public static String deadlineInWords(Instant deadline) {
        LocalDateTime utc = LocalDateTime.ofInstant(deadline, ZoneOffset.UTC);
        if (utc.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return "the end of " + utc.toLocalDate().minusDays(1) + " (24:00 UTC)";
        }
        return inWords(deadline);
    }
}
