package org.unionhall.domain.shared;

import java.time.Instant;
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
}
