package org.unionhall.crypto.hash;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.unionhall.crypto.group.Scalars;

/**
 * The protocol's hash functions (protocol §3.1). A message is the tag followed by the parts,
 * each written as a 4-byte big-endian length and then its bytes:
 * {@code msg = len(tag) ‖ tag ‖ len(p1) ‖ p1 ‖ … ‖ len(pn) ‖ pn}.
 * {@link #tagged} is SHA-256(msg); {@link #keyed} is HMAC-SHA-256(key, msg).
 */
public final class Hash {

    /** Output length in bytes. */
    public static final int LENGTH = 32;

    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    });

    private Hash() {
    }

    /** SHA-256 of the framed message (used only for the base hash). */
    public static byte[] tagged(Tag tag, byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(frame(tag, parts));
            return md.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** HMAC-SHA-256 keyed by key (normally H_B or H_E) of the framed message. */
    public static byte[] keyed(byte[] key, Tag tag, byte[]... parts) {
        return keyed(key, tag, List.of(parts));
    }

    /** HMAC-SHA-256 keyed by key of the framed message, parts given as a list. */
    public static byte[] keyed(byte[] key, Tag tag, List<byte[]> parts) {
        try {
            Mac mac = MACS.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] t = tag.bytes();
            mac.update(u32(t.length));
            mac.update(t);
            for (byte[] p : parts) {
                mac.update(u32(p.length));
                mac.update(p);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /**
     * A Fiat–Shamir challenge: the first 16 bytes of {@link #keyed} read as an unsigned
     * big-endian integer in [0, 2^128) (protocol §3.3).
     */
    public static BigInteger challenge(byte[] key, Tag tag, List<byte[]> parts) {
        byte[] h = keyed(key, tag, parts);
        return Scalars.decodeChallenge(h, 0);
    }

    /** 4-byte big-endian encoding of an unsigned 32-bit integer. */
    public static byte[] u32(long v) {
        if (v < 0 || v > 0xffffffffL) {
            throw new IllegalArgumentException("not a 32-bit unsigned integer: " + v);
        }
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    /** 8-byte big-endian encoding of a non-negative 64-bit integer. */
    public static byte[] u64(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("not a non-negative integer: " + v);
        }
        byte[] out = new byte[8];
        for (int i = 7; i >= 0; i--) {
            out[i] = (byte) v;
            v >>>= 8;
        }
        return out;
    }

    /** UTF-8 bytes of a string. */
    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] frame(Tag tag, byte[]... parts) {
        byte[] t = tag.bytes();
        int n = 4 + t.length;
        for (byte[] p : parts) {
            n += 4 + p.length;
        }
        byte[] out = new byte[n];
        int at = put(out, 0, t);
        for (byte[] p : parts) {
            at = put(out, at, p);
        }
        return out;
    }

    private static int put(byte[] out, int at, byte[] p) {
        System.arraycopy(u32(p.length), 0, out, at, 4);
        System.arraycopy(p, 0, out, at + 4, p.length);
        return at + 4 + p.length;
    }
}
