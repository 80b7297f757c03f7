package org.unionhall.crypto.record;

import java.util.Base64;

import org.unionhall.crypto.group.InvalidInputException;

/**
 * Bytes in the record (protocol §10.1): base64url without padding (RFC 4648 §5). Decoding is
 * strict: the text must be exactly the encoding of the bytes it denotes.
 */
public final class Bytes {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Bytes() {
    }

    /** base64url without padding. */
    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** Decodes base64url without padding, refusing any other spelling. */
    public static byte[] decode(String text) {
        byte[] out;
        try {
            if (text.indexOf('=') >= 0) {
                throw new IllegalArgumentException();
            }
            out = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("encoding check: '" + abbreviate(text) + "' is not base64url without padding");
        }
        if (!ENCODER.encodeToString(out).equals(text)) {
            throw new InvalidInputException("encoding check: '" + abbreviate(text) + "' is not canonical base64url");
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }
}
