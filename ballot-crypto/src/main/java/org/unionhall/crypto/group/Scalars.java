package org.unionhall.crypto.group;

import java.math.BigInteger;

/**
 * Encoding and validation of scalars (protocol §2.3): integers mod q as 32 bytes big-endian, and
 * 128-bit challenges as 16 bytes big-endian. Decoding refuses wrong lengths and values ≥ q.
 */
public final class Scalars {

    /** Length of an encoded scalar. */
    public static final int SCALAR_LENGTH = 32;
    /** Length of an encoded challenge. */
    public static final int CHALLENGE_LENGTH = 16;
    /** Number of bits in a challenge. */
    public static final int CHALLENGE_BITS = 128;
    /** 2^128, the modulus in which challenges are added. */
    public static final BigInteger CHALLENGE_MODULUS = BigInteger.ONE.shiftLeft(CHALLENGE_BITS);

    private Scalars() {
    }

    /** 32-byte big-endian encoding of a scalar in [0, q). */
    public static byte[] encode(BigInteger k) {
        return fixed(k, SCALAR_LENGTH);
    }

    /** 16-byte big-endian encoding of a challenge in [0, 2^128). */
    public static byte[] encodeChallenge(BigInteger c) {
        return fixed(c, CHALLENGE_LENGTH);
    }

    /** Decodes a 32-byte scalar, refusing values ≥ q. */
    public static BigInteger decode(byte[] bytes, int offset) {
        if (bytes.length - offset < SCALAR_LENGTH) {
            throw new InvalidInputException("scalar check: a scalar must be 32 bytes");
        }
        BigInteger k = new BigInteger(1, java.util.Arrays.copyOfRange(bytes, offset, offset + SCALAR_LENGTH));
        if (k.compareTo(Group.ORDER) >= 0) {
            throw new InvalidInputException("scalar check: value is not below the group order q");
        }
        return k;
    }

    /** Decodes a scalar that must be exactly 32 bytes. */
    public static BigInteger decode(byte[] bytes) {
        if (bytes.length != SCALAR_LENGTH) {
            throw new InvalidInputException("scalar check: a scalar must be 32 bytes, got " + bytes.length);
        }
        return decode(bytes, 0);
    }

    /** Decodes a 16-byte challenge. */
    public static BigInteger decodeChallenge(byte[] bytes, int offset) {
        if (bytes.length - offset < CHALLENGE_LENGTH) {
            throw new InvalidInputException("challenge check: a challenge must be 16 bytes");
        }
        return new BigInteger(1, java.util.Arrays.copyOfRange(bytes, offset, offset + CHALLENGE_LENGTH));
    }

    private static byte[] fixed(BigInteger k, int length) {
        if (k.signum() < 0 || k.bitLength() > length * 8) {
            throw new IllegalArgumentException("value does not fit in " + length + " bytes");
        }
        byte[] raw = k.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
