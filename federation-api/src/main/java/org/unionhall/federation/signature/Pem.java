package org.unionhall.federation.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM text of keys, as ActivityPub actors publish theirs in {@code publicKey.publicKeyPem}:
 * {@code -----BEGIN PUBLIC KEY-----} (SubjectPublicKeyInfo) for RSA, P-256 and Ed25519 keys, and
 * the older {@code -----BEGIN RSA PUBLIC KEY-----} (PKCS #1) some servers still publish. Private
 * keys are read from PKCS #8 ({@code PRIVATE KEY}), PKCS #1 ({@code RSA PRIVATE KEY}) and, for
 * P-256, SEC 1 ({@code EC PRIVATE KEY}); they are always written as PKCS #8.
 */
public final class Pem {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)\\s*-----END \\1-----");
    private static final List<String> PUBLIC_KEY_TYPES = List.of("RSA", "EC", "Ed25519");
    private static final List<String> PRIVATE_KEY_TYPES = List.of("RSA", "RSASSA-PSS", "EC", "Ed25519");
    /** AlgorithmIdentifier rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
    private static final byte[] RSA_ENCRYPTION = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
        (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
    /** AlgorithmIdentifier id-ecPublicKey (1.2.840.10045.2.1) on prime256v1 (1.2.840.10045.3.1.7). */
    private static final byte[] EC_P256 = {0x30, 0x13, 0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02,
        0x01, 0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01, 0x07};
    private static final byte[] P256_OID = {0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01, 0x07};
    private static final byte[] VERSION_0 = {0x02, 0x01, 0x00};

    private Pem() {
    }

    /**
     * Reads the first public key block of {@code pem}.
     *
     * @throws IllegalArgumentException naming what is wrong, when there is no readable public key
     */
    public static PublicKey readPublicKey(String pem) {
        Block block = block(pem, List.of("PUBLIC KEY", "RSA PUBLIC KEY"));
        byte[] spki = switch (block.type()) {
            case "PUBLIC KEY" -> block.der();
            case "RSA PUBLIC KEY" -> der(0x30, RSA_ENCRYPTION, bitString(block.der()));
            default -> throw new IllegalStateException(block.type());
        };
        for (String type : PUBLIC_KEY_TYPES) {
            try {
                return KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(spki));
            } catch (GeneralSecurityException | ClassCastException e) {
                // Not this type; try the next one.
            }
        }
        throw new IllegalArgumentException("the public key is not an RSA, P-256 or Ed25519 key the JDK can read");
    }

    /**
     * Reads the first private key block of {@code pem}.
     *
     * @throws IllegalArgumentException naming what is wrong, when there is no readable private key
     */
    public static PrivateKey readPrivateKey(String pem) {
        Block block = block(pem, List.of("PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"));
        byte[] pkcs8 = switch (block.type()) {
            case "PRIVATE KEY" -> block.der();
            case "RSA PRIVATE KEY" -> der(0x30, VERSION_0, RSA_ENCRYPTION, der(0x04, block.der()));
            case "EC PRIVATE KEY" -> {
                if (indexOf(block.der(), P256_OID) < 0) {
                    throw new IllegalArgumentException("only P-256 EC private keys are read");
                }
                yield der(0x30, VERSION_0, EC_P256, der(0x04, block.der()));
            }
            default -> throw new IllegalStateException(block.type());
        };
        for (String type : PRIVATE_KEY_TYPES) {
            try {
                return KeyFactory.getInstance(type).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException | ClassCastException e) {
                // Not this type; try the next one.
            }
        }
        throw new IllegalArgumentException("the private key is not an RSA, P-256 or Ed25519 key the JDK can read");
    }

    /** {@code key} as a {@code -----BEGIN PUBLIC KEY-----} block (SubjectPublicKeyInfo), for {@code publicKeyPem}. */
    public static String write(PublicKey key) {
        return write("PUBLIC KEY", encoded(key.getEncoded(), "X.509", key.getFormat()));
    }

    /** {@code key} as a {@code -----BEGIN PRIVATE KEY-----} block (PKCS #8). */
    public static String write(PrivateKey key) {
        return write("PRIVATE KEY", encoded(key.getEncoded(), "PKCS#8", key.getFormat()));
    }

    private static byte[] encoded(byte[] encoded, String expected, String format) {
        if (encoded == null || !expected.equals(format)) {
            throw new IllegalArgumentException("the key has no " + expected + " encoding");
        }
        return encoded;
    }

    private static String write(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private record Block(String type, byte[] der) {
    }

    /** The first block of one of {@code types}; other blocks (a public key beside a private one) are skipped. */
    private static Block block(String pem, List<String> types) {
        if (pem == null) {
            throw new IllegalArgumentException("no PEM text");
        }
        Matcher matcher = BLOCK.matcher(pem);
        while (matcher.find()) {
            if (types.contains(matcher.group(1))) {
                try {
                    return new Block(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the " + matcher.group(1) + " block is not base64", e);
                }
            }
        }
        throw new IllegalArgumentException("no -----BEGIN " + types.get(0) + "----- block (nor " + types.subList(1, types.size())
                + ")");
    }

    private static byte[] bitString(byte[] content) {
        byte[] withUnusedBits = new byte[content.length + 1];
        System.arraycopy(content, 0, withUnusedBits, 1, content.length);
        return der(0x03, withUnusedBits);
    }

    private static byte[] der(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.size();
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
