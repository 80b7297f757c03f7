package org.unionhall.federation.signature;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.greenbytes.http.sfv.ByteSequenceItem;
import org.greenbytes.http.sfv.Dictionary;
import org.greenbytes.http.sfv.ListElement;
import org.greenbytes.http.sfv.ParseException;
import org.greenbytes.http.sfv.Parser;

/**
 * Digests of a message's content: RFC 9530's {@code Content-Digest} ({@code sha-256=:…:}, a
 * structured-field dictionary) and RFC 3230's {@code Digest} as Mastodon sends it
 * ({@code SHA-256=…}). A check passes when every digest it knows (SHA-256, SHA-512) matches and
 * there is at least one; digests by other algorithms are ignored.
 */
public final class BodyDigests {

    private static final Map<String, String> ALGORITHMS = Map.of("sha-256", "SHA-256", "sha-512", "SHA-512");

    private BodyDigests() {
    }

    /** The {@code Content-Digest} value of {@code body} with {@code algorithm} ({@code sha-256} or {@code sha-512}). */
    public static String contentDigest(byte[] body, String algorithm) {
        Map<String, ListElement<? extends Object>> members = new LinkedHashMap<>();
        members.put(algorithm, ByteSequenceItem.valueOf(hash(algorithm, body)));
        return Dictionary.valueOf(members).serialize();
    }

    /** The {@code Digest} value of {@code body} as Mastodon sends it: {@code SHA-256=<base64>}. */
    public static String legacyDigest(byte[] body) {
        return "SHA-256=" + Base64.getEncoder().encodeToString(hash("sha-256", body));
    }

    /** Checks the {@code Content-Digest} field lines against {@code body}. */
    static void checkContentDigest(List<String> lines, byte[] body) throws Refusal {
        Dictionary dictionary;
        try {
            dictionary = new Parser(lines).parseDictionary();
        } catch (ParseException e) {
            throw new Refusal("the Content-Digest is not a structured-field dictionary: " + e.getMessage());
        }
        int checked = 0;
        for (Map.Entry<String, ListElement<? extends Object>> member : dictionary.get().entrySet()) {
            if (!ALGORITHMS.containsKey(member.getKey())) {
                continue;
            }
            if (!(member.getValue() instanceof ByteSequenceItem bytes)) {
                throw new Refusal("the Content-Digest's " + member.getKey() + " is not a byte sequence");
            }
            if (!MessageDigest.isEqual(toArray(bytes.get()), hash(member.getKey(), body))) {
                throw new Refusal("the Content-Digest does not match the body");
            }
            checked++;
        }
        if (checked == 0) {
            throw new Refusal("the Content-Digest has no sha-256 or sha-512 digest");
        }
    }

    /** Checks the {@code Digest} field lines (RFC 3230) against {@code body}. */
    static void checkLegacyDigest(List<String> lines, byte[] body) throws Refusal {
        int checked = 0;
        for (String line : lines) {
            for (String instance : line.split(",")) {
                String trimmed = instance.trim();
                int equals = trimmed.indexOf('=');
                if (equals <= 0) {
                    throw new Refusal("the Digest is malformed: " + trimmed);
                }
                String algorithm = trimmed.substring(0, equals).toLowerCase(Locale.ROOT);
                if (!ALGORITHMS.containsKey(algorithm)) {
                    continue;
                }
                byte[] claimed;
                try {
                    claimed = Base64.getDecoder().decode(trimmed.substring(equals + 1));
                } catch (IllegalArgumentException e) {
                    throw new Refusal("the Digest's " + algorithm.toUpperCase(Locale.ROOT) + " is not base64");
                }
                if (!MessageDigest.isEqual(claimed, hash(algorithm, body))) {
                    throw new Refusal("the Digest does not match the body");
                }
                checked++;
            }
        }
        if (checked == 0) {
            throw new Refusal("the Digest has no SHA-256 or SHA-512 digest");
        }
    }

    private static byte[] hash(String algorithm, byte[] body) {
        String jdkName = ALGORITHMS.get(algorithm);
        if (jdkName == null) {
            throw new IllegalArgumentException("digest algorithm " + algorithm + " is not sha-256 or sha-512");
        }
        try {
            return MessageDigest.getInstance(jdkName).digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + jdkName, e);
        }
    }

    static byte[] toArray(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
