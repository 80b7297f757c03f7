package org.unionhall.federation.signature;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a signature must cover and how old it may be, the same for both signature forms. For a
 * request: the method and target ({@code (request-target)}, or {@code @method} with
 * {@code @target-uri}, {@code @request-target} or {@code @path}/{@code @query}), the host
 * ({@code host}, {@code @authority} or {@code @target-uri}); for any message: the time it was
 * signed ({@code date} or {@code created}) and, when it has or should have content, its digest.
 *
 * @param requireCoverage whether the covered components above are required (always, outside tests
 *                        of published examples that cover less)
 * @param maxAge how long ago a message may have been signed
 * @param clockSkew how far the signer's clock may be ahead of ours, also added to {@code maxAge}
 */
public record VerificationPolicy(boolean requireCoverage, Duration maxAge, Duration clockSkew) {

    /** Checks the durations. */
    public VerificationPolicy {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (maxAge.isNegative() || clockSkew.isNegative()) {
            throw new IllegalArgumentException("durations cannot be negative");
        }
    }

    /** Mastodon's window: signed at most 12 hours ago, with one hour of clock skew either way. */
    public static VerificationPolicy fediverse() {
        return new VerificationPolicy(true, Duration.ofHours(12), Duration.ofHours(1));
    }

    /** How one signature form names what must be covered, for the refusal reasons. */
    record Names(String target, String host, String time, String digest) {
    }

    /**
     * Checks that the signature covers what this policy requires of {@code message}.
     *
     * @param target whether the method and target are covered (ignored for a response)
     * @param host whether the host is covered (ignored for a response)
     * @param time whether the signing time is covered
     * @param digest whether the content's digest is covered
     */
    void checkCoverage(HttpMessage message, Names names, boolean target, boolean host, boolean time, boolean digest)
            throws Refusal {
        if (!requireCoverage) {
            return;
        }
        if (message.isRequest() && !target) {
            throw new Refusal("the signature does not cover " + names.target());
        }
        if (message.isRequest() && !host) {
            throw new Refusal("the signature does not cover " + names.host());
        }
        if (!time) {
            throw new Refusal("the signature does not cover " + names.time());
        }
        if ((message.hasBody() || message.expectsBody()) && !digest) {
            throw new Refusal("the signature does not cover " + names.digest() + ", and the "
                    + (message.isRequest() ? message.method() : "response") + " carries a body");
        }
    }

    /** Checks that {@code signed} (a Date or a created time) lies in the window around {@code now}. */
    void checkSignedAt(Instant signed, Instant now) throws Refusal {
        Duration age = Duration.between(signed, now);
        if (age.compareTo(maxAge.plus(clockSkew)) >= 0) {
            throw new Refusal("signed " + words(age) + " ago; at most " + words(maxAge) + " (+" + words(clockSkew)
                    + " skew) accepted");
        }
        if (age.isNegative() && age.negated().compareTo(clockSkew) > 0) {
            throw new Refusal("signed " + words(age.negated()) + " in the future; at most " + words(clockSkew)
                    + " of clock skew accepted");
        }
    }

    /** Checks that a signature's {@code expires} time has not passed (with the clock skew). */
    void checkExpires(Instant expires, Instant now) throws Refusal {
        if (now.isAfter(expires.plus(clockSkew))) {
            throw new Refusal("the signature expired " + words(Duration.between(expires, now)) + " ago");
        }
    }

    private static String words(Duration duration) {
        long hours = duration.toHours();
        if (hours >= 1) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long minutes = duration.toMinutes();
        if (minutes >= 1) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return duration.toSeconds() + " seconds";
    }
}
