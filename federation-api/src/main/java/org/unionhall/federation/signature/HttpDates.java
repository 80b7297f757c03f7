package org.unionhall.federation.signature;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The IMF-fixdate of HTTP's {@code Date} field (RFC 9110 §5.6.7): {@code Tue, 20 Apr 2021 02:07:55 GMT}. */
final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    static Instant parse(String value) throws Refusal {
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new Refusal("the Date is not an HTTP date: " + value);
        }
    }
}
