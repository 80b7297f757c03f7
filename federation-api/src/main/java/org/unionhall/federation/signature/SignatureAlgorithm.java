package org.unionhall.federation.signature;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The signature algorithms of RFC 9421 §3.3 (the registry's names), all from the JDK's own
 * providers. Mastodon's draft-cavage {@code rsa-sha256} is {@link #RSA_V1_5_SHA256}.
 */
public enum SignatureAlgorithm {
    /** RSASSA-PSS with SHA-512, MGF1 SHA-512 and a 64-byte salt (§3.3.1). */
    RSA_PSS_SHA512("rsa-pss-sha512"),
    /** RSASSA-PKCS1-v1_5 with SHA-256 (§3.3.2); the only one Mastodon accepts. */
    RSA_V1_5_SHA256("rsa-v1_5-sha256"),
    /** HMAC with SHA-256 over a shared secret (§3.3.3). */
    HMAC_SHA256("hmac-sha256"),
    /** ECDSA on P-256 with SHA-256, the signature as r‖s, 32 bytes each (§3.3.4). */
    ECDSA_P256_SHA256("ecdsa-p256-sha256"),
    /** Ed25519 (§3.3.6). */
    ED25519("ed25519");

    private static final int P256_FIELD_BITS = 256;
    private static final int ECDSA_RAW_LENGTH = 64;
    private static final int ED25519_LENGTH = 64;
    private static final int HMAC_SHA256_LENGTH = 32;

    private final String rfcName;

    SignatureAlgorithm(String rfcName) {
        this.rfcName = rfcName;
    }

    /** The name in RFC 9421's registry, as the {@code alg} parameter carries it. */
    public String rfcName() {
        return rfcName;
    }

    /** The algorithm with registry name {@code name}. */
    public static Optional<SignatureAlgorithm> byRfcName(String name) {
        return Arrays.stream(values()).filter(a -> a.rfcName.equals(name)).findFirst();
    }

    /** True when {@code key} (public, private or secret) is of the kind this algorithm uses. */
    public boolean fits(Key key) {
        return switch (this) {
            case RSA_PSS_SHA512, RSA_V1_5_SHA256 -> key instanceof RSAKey;
            case HMAC_SHA256 -> key instanceof SecretKey;
            case ECDSA_P256_SHA256 -> key instanceof ECKey ec
                    && ec.getParams().getCurve().getField().getFieldSize() == P256_FIELD_BITS;
            case ED25519 -> key.getAlgorithm().equals("Ed25519") || key.getAlgorithm().equals("EdDSA");
        };
    }

    /**
     * Signs {@code base} with a private key (or the shared secret for HMAC).
     *
     * @throws IllegalArgumentException when the key does not fit this algorithm
     */
    public byte[] sign(Key key, byte[] base) {
        if (!fits(key)) {
            throw new IllegalArgumentException(rfcName + " cannot sign with a " + key.getAlgorithm() + " key");
        }
        try {
            if (this == HMAC_SHA256) {
                return hmac((SecretKey) key, base);
            }
            if (!(key instanceof PrivateKey privateKey)) {
                throw new IllegalArgumentException(rfcName + " signs with a private key");
            }
            Signature signer = engine();
            signer.initSign(privateKey);
            signer.update(base);
            return signer.sign();
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException(rfcName + " cannot sign with this key: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's " + rfcName + " failed to sign", e);
        }
    }

    /**
     * Checks {@code signature} over {@code base} with a public key (or the shared secret).
     *
     * @throws Refusal with the reason when the signature has the wrong length or does not verify
     */
    void verify(Key key, byte[] base, byte[] signature) throws Refusal {
        int expected = expectedLength(key);
        if (signature.length != expected) {
            throw new Refusal("the signature has " + signature.length + " bytes; " + rfcName + " with this key makes "
                    + expected);
        }
        boolean valid;
        try {
            if (this == HMAC_SHA256) {
                valid = MessageDigest.isEqual(hmac((SecretKey) key, base), signature);
            } else {
                Signature verifier = engine();
                verifier.initVerify((PublicKey) key);
                verifier.update(base);
                valid = verifier.verify(signature);
            }
        } catch (InvalidKeyException | ClassCastException e) {
            throw new Refusal("the key named cannot verify " + rfcName + " signatures");
        } catch (java.security.SignatureException e) {
            valid = false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's " + rfcName + " failed to verify", e);
        }
        if (!valid) {
            throw new Refusal("the " + rfcName + " signature does not verify with the key named");
        }
    }

    private int expectedLength(Key key) throws Refusal {
        return switch (this) {
            case RSA_PSS_SHA512, RSA_V1_5_SHA256 -> {
                if (!(key instanceof RSAKey rsa)) {
                    throw new Refusal("the key named is not an RSA key; " + rfcName + " needs one");
                }
                yield (rsa.getModulus().bitLength() + 7) / 8;
            }
            case HMAC_SHA256 -> HMAC_SHA256_LENGTH;
            case ECDSA_P256_SHA256 -> ECDSA_RAW_LENGTH;
            case ED25519 -> ED25519_LENGTH;
        };
    }

    /**
     * The JDK engine. ECDSA uses the P1363 form, the raw r‖s of RFC 9421 §3.3.4, so no DER
     * conversion is needed in either direction.
     */
    private Signature engine() throws GeneralSecurityException {
        return switch (this) {
            case RSA_PSS_SHA512 -> {
                Signature pss = Signature.getInstance("RSASSA-PSS");
                pss.setParameter(new PSSParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512, 64, 1));
                yield pss;
            }
            case RSA_V1_5_SHA256 -> Signature.getInstance("SHA256withRSA");
            case ECDSA_P256_SHA256 -> Signature.getInstance("SHA256withECDSAinP1363Format");
            case ED25519 -> Signature.getInstance("Ed25519");
            case HMAC_SHA256 -> throw new IllegalStateException("HMAC is not a signature engine");
        };
    }

    private static byte[] hmac(SecretKey key, byte[] base) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return mac.doFinal(base);
    }
}
