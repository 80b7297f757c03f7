package org.unionhall.federation.proof;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Ed25519 (RFC 8032) from the JDK, with the conversions between the JDK's keys and the raw
 * 32-byte keys that Multikey carries. The raw forms sit at the end of the fixed DER prefixes of
 * RFC 8410 ({@code SubjectPublicKeyInfo} and {@code OneAsymmetricKey}).
 */
public final class Ed25519 {

    /** The length of a raw public key, of a private key's seed, and half a signature's. */
    public static final int KEY_BYTES = 32;
    /** The length of a signature. */
    public static final int SIGNATURE_BYTES = 64;

    private static final byte[] SPKI_PREFIX = hex("302a300506032b6570032100");
    private static final byte[] PKCS8_PREFIX = hex("302e020100300506032b657004220420");

    private Ed25519() {
    }

    /** A new key pair from the JDK's default strong randomness. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    /** The raw 32 bytes of a public key. */
    public static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (!"Ed25519".equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())
                || encoded.length != SPKI_PREFIX.length + KEY_BYTES
                || !Arrays.equals(encoded, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            throw new ProofException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, SPKI_PREFIX.length, encoded.length);
    }

    /** The public key whose raw form is {@code raw} (32 bytes). */
    public static PublicKey publicKey(byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new ProofException("an Ed25519 public key is 32 bytes, not " + raw.length);
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(SPKI_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new ProofException("not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** The private key whose seed is {@code seed} (32 bytes, RFC 8032 §5.1.5). */
    public static PrivateKey privateKey(byte[] seed) {
        if (seed.length != KEY_BYTES) {
            throw new ProofException("an Ed25519 private key is 32 bytes, not " + seed.length);
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
        } catch (GeneralSecurityException e) {
            throw new ProofException("not an Ed25519 private key: " + e.getMessage(), e);
        }
    }

    /** The 64-byte signature of {@code message}. */
    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new ProofException("signing failed: " + e.getMessage(), e);
        }
    }

    /** Whether {@code signature} is a valid signature of {@code message} by {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_BYTES) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
