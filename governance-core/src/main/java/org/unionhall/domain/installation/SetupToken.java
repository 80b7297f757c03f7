package org.unionhall.domain.installation;

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
 * The secret part of a setup link: 32 bytes from a strong random source, base64url without
 * padding (43 characters). It is shown once, on the operator's console; only its SHA-256 digest
 * is stored, so a copy of the database founds nothing.
 *
 * @param value the secret as the link carries it
 */
public record SetupToken(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** value required. */
    public SetupToken {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh token. */
    public static SetupToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SetupToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The digest under which the token is stored. */
    public String digest() {
        return digestOf(value);
    }

    /**
     * The stored digest of a token someone presented, or nothing when the text cannot be a token
     * (so hostile input never reaches the database).
     */
    public static Optional<String> digestOfPresented(String presented) {
        return presented != null && SHAPE.matcher(presented).matches()
                ? Optional.of(digestOf(presented)) : Optional.empty();
    }

    /**
     * The setup page's address for this token.
     *
     * @param base the installation's address without a trailing slash, e.g. {@code http://localhost:8080}
     */
    public String address(String base) {
        return base + "/setup?token=" + value;
    }

    private static String digestOf(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Never shows the secret in logs or messages by accident. */
    @Override
    public String toString() {
        return "SetupToken[…]";
    }
}
