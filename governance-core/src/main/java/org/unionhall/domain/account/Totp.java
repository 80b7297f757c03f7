package org.unionhall.domain.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238 over HOTP, RFC 4226):
 * HMAC-SHA-1, 6 digits, a new code every {@link #STEP}. A code is accepted for the current step
 * and one step either side ({@link #WINDOW}), to allow for a phone's clock drifting, and only for
 * a step after the last one accepted, so a code seen over someone's shoulder cannot be used again.
 */
public final class Totp {
    /** How long one code holds. */
    public static final Duration STEP = Duration.ofSeconds(30);
    /** Digits of a code. */
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    public static final int WINDOW = 1;

    private Totp() {
    }

    /** The step (RFC 6238 T) a moment falls in. */
    public static long stepAt(Instant moment) {
        return Math.floorDiv(moment.getEpochSecond(), STEP.toSeconds());
    }

    /** The 6-digit code of a step. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /** The code of a step with the given number of digits (RFC 4226 §5.3, dynamic truncation). */
    static String code(byte[] secret, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA1", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        int modulus = 1;
        for (int i = 0; i < digits; i++) {
            modulus *= 10;
        }
        String text = Integer.toString(binary % modulus);
        return "0".repeat(digits - text.length()) + text;
    }

    /**
     * The step whose code was typed, if it is within the window around now and after
     * {@code lastUsedStep}; every step of the window is computed and compared in constant time.
     *
     * @param typed the code as typed; spaces are ignored, anything but 6 digits matches nothing
     */
    public static OptionalLong matchingStep(byte[] secret, String typed, Instant now, long lastUsedStep) {
        String code = typed == null ? "" : typed.replace(" ", "");
        if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            boolean same = MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes());
            if (same && step > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
