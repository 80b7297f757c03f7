package org.unionhall.crypto.ballot;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;

/**
 * What a version 2 election fixes when voting opens (protocol §7.4, §10.3): the board key B that
 * signs receipts, the instant voting actually opened, and how many members were eligible then,
 * with the basis of that count. All four are bound into the first tracking code (§8.5), so a
 * server that changed any of them later would change every tracking code and every receipt.
 */
public record VotingOpened(GroupElement boardKey, String opened, long eligible, String eligibleBasis) {

    /** The largest eligible count: the largest integer of canonical JSON (§10.1). */
    public static final long MAX_ELIGIBLE = (1L << 53) - 1;

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Checks the instant, the count and the basis. */
    public VotingOpened {
        checkInstant(opened, "opened");
        if (eligible < 0 || eligible > MAX_ELIGIBLE) {
            throw new InvalidInputException("opening check: eligible must be a whole number from 0 to 2^53−1");
        }
        if (boardKey == null || eligibleBasis == null || eligibleBasis.isEmpty()) {
            throw new InvalidInputException("opening check: a board key and the basis of the eligible count are needed");
        }
    }

    /**
     * Refuses anything but a UTC instant to the second in the exact form {@code 2026-12-06T23:05:00Z}
     * (protocol §10.3): a real calendar date, hours 00–23, no fraction, no offset, no leap second.
     */
    public static String checkInstant(String text, String field) {
        if (text == null || !INSTANT.matcher(text).matches()) {
            throw new InvalidInputException("instant check: " + field + " must be a UTC instant like 2026-12-06T23:05:00Z");
        }
        try {
            LocalDateTime.parse(text, FORMAT);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("instant check: " + field + " '" + text + "' is not a real date and time");
        }
        return text;
    }
}
