package org.unionhall.crypto.group;

import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.math.ec.ECPoint;

/**
 * An element of the P-256 group other than the identity, held in affine form (protocol §2.2).
 * Encoded as SEC1 compressed: 33 bytes, 0x02 or 0x03 followed by the 32-byte x coordinate.
 * Instances are immutable and only made from valid points.
 */
public final class GroupElement {

    /** Length of an encoded element in bytes. */
    public static final int ENCODED_LENGTH = 33;

    private final ECPoint point;
    private volatile byte[] encoded;

    GroupElement(ECPoint normalizedPoint) {
        if (normalizedPoint.isInfinity()) {
            throw new InvalidInputException("group element check: the identity is not allowed");
        }
        this.point = normalizedPoint;
    }

    /**
     * Decodes and validates an element: exactly 33 bytes, prefix 0x02 or 0x03, x below the field
     * prime, a point on the curve, not the identity (protocol §2.2).
     */
    public static GroupElement decode(byte[] bytes) {
        if (bytes == null || bytes.length != ENCODED_LENGTH) {
            throw new InvalidInputException("group element check: an element must be 33 bytes (SEC1 compressed), got "
                    + (bytes == null ? "nothing" : bytes.length + " bytes"));
        }
        if (bytes[0] != 0x02 && bytes[0] != 0x03) {
            throw new InvalidInputException("group element check: the first byte must be 0x02 or 0x03 (compressed point)");
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(bytes, 1, ENCODED_LENGTH));
        if (x.compareTo(Group.FIELD) >= 0) {
            throw new InvalidInputException("group element check: x coordinate is not below the field prime (non-canonical)");
        }
        ECPoint p;
        try {
            p = Group.CURVE.decodePoint(bytes);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("group element check: not a point on the curve P-256");
        }
        if (p.isInfinity() || !p.isValid()) {
            throw new InvalidInputException("group element check: not a valid point of P-256");
        }
        GroupElement element = new GroupElement(p.normalize());
        element.encoded = bytes.clone();
        return element;
    }

    /** Wraps an internal point; used by this package's algorithms only. */
    static GroupElement of(ECPoint point) {
        return new GroupElement(point.normalize());
    }

    /** The 33-byte SEC1 compressed encoding. */
    public byte[] encode() {
        byte[] e = encoded;
        if (e == null) {
            e = point.getEncoded(true);
            encoded = e;
        }
        return e.clone();
    }

    /** The encoding without a defensive copy, for hashing inside this module. */
    public byte[] encodedView() {
        byte[] e = encoded;
        if (e == null) {
            e = point.getEncoded(true);
            encoded = e;
        }
        return e;
    }

    ECPoint point() {
        return point;
    }

    /** this · other (point addition). Fails if the result is the identity. */
    public GroupElement multiply(GroupElement other) {
        return of(point.add(other.point));
    }

    /** this / other. Fails if the result is the identity. */
    public GroupElement divide(GroupElement other) {
        return of(point.subtract(other.point));
    }

    /** this^k for any integer k (reduced mod q); fails if the result is the identity. */
    public GroupElement pow(BigInteger k) {
        return of(Group.multiplyRaw(point, k));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupElement && ((GroupElement) o).point.equals(point);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encodedView());
    }

    @Override
    public String toString() {
        return org.bouncycastle.util.encoders.Hex.toHexString(encodedView());
    }
}
