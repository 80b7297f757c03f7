package org.unionhall.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A random secret handed to a browser in a cookie after a successful sign-in: 32 bytes from a
 * strong random source, base64url without padding (43 characters). Only its SHA-256 digest is
 * stored, so a copy of the database signs nobody in.
 *
 * @param value the secret as the cookie carries it
 */
public record SignInToken(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** value required. */
    public SignInToken {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh token. */
    public static SignInToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SignInToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The digest under which the token is stored. */
    public String digest() {
        return digestOf(value);
    }

    /**
     * The stored digest of a token a browser presented, or nothing when the text cannot be a
     * token (so a hostile cookie never reaches the database).
     */
    public static Optional<String> digestOfPresented(String presented) {
        return presented != null && SHAPE.matcher(presented).matches()
                ? Optional.of(digestOf(presented)) : Optional.empty();
    }

    private static String digestOf(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
