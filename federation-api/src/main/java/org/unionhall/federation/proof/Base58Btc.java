package org.unionhall.federation.proof;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Multibase base58btc (the Bitcoin alphabet, prefix {@code z}), the encoding of Multikey public
 * keys and of {@code proofValue}.
 */
public final class Base58Btc {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58Btc() {
    }

    /** {@code z} followed by the base58btc digits of {@code bytes}. */
    public static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(BASE);
            out.append(ALPHABET.charAt(qr[1].intValue()));
            value = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return "z" + out.reverse();
    }

    /** The bytes of a {@code z}-prefixed base58btc multibase string. */
    public static byte[] decode(String multibase) {
        if (multibase.isEmpty() || multibase.charAt(0) != 'z') {
            throw new ProofException("a multibase value must be base58btc, starting with 'z'");
        }
        String digits = multibase.substring(1);
        BigInteger value = BigInteger.ZERO;
        int leadingZeros = 0;
        boolean leading = true;
        for (char c : digits.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                throw new ProofException("'" + c + "' is not a base58btc digit");
            }
            if (leading && digit == 0) {
                leadingZeros++;
            } else {
                leading = false;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        if (magnitude.length > 0 && magnitude[0] == 0) {
            magnitude = Arrays.copyOfRange(magnitude, 1, magnitude.length);
        }
        byte[] out = new byte[leadingZeros + magnitude.length];
        System.arraycopy(magnitude, 0, out, leadingZeros, magnitude.length);
        return out;
    }
}
