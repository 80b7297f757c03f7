package org.unionhall.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.util.Arrays;
import org.unionhall.domain.account.PasswordHasher;

/**
 * Argon2id (RFC 9106) with Bouncy Castle, at OWASP's recommended minimum: 19 MiB of memory, two
 * passes, one lane, a random 16-byte salt and a 32-byte tag. Hashes are stored in the PHC string
 * form {@code $argon2id$v=19$m=19456,t=2,p=1$salt$tag}, so each carries its own parameters: they
 * can be raised later, old hashes still verify, and {@link #needsRehash} tells when to upgrade.
 */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {
    /** Memory in KiB (19 MiB). */
    public static final int MEMORY_KIB = 19 * 1024;
    /** Passes over memory. */
    public static final int ITERATIONS = 2;
    /** Lanes. */
    public static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int TAG_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,88})\\$([A-Za-z0-9+/]{16,88})$");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final byte[] decoySalt = new byte[SALT_BYTES];

    /** A hasher with the current parameters. */
    public Argon2PasswordHasher() {
        random.nextBytes(decoySalt);
    }

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] tag = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, TAG_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(tag);
    }

    @Override
    public boolean verify(char[] password, String encodedHash) {
        Matcher m = encodedHash == null ? null : PHC.matcher(encodedHash);
        if (m == null || !m.matches()) {
            verifyNothing(password);
            return false;
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        if (memory < 8 * parallelism || iterations < 1 || parallelism < 1) {
            verifyNothing(password);
            return false;
        }
        byte[] salt = B64D.decode(m.group(4));
        byte[] expected = B64D.decode(m.group(5));
        byte[] actual = derive(password, salt, memory, iterations, parallelism, expected.length);
        return Arrays.constantTimeAreEqual(expected, actual);
    }

    @Override
    public void verifyNothing(char[] password) {
        derive(password, decoySalt, MEMORY_KIB, ITERATIONS, PARALLELISM, TAG_BYTES);
    }

    @Override
    public boolean needsRehash(String encodedHash) {
        Matcher m = encodedHash == null ? null : PHC.matcher(encodedHash);
        if (m == null || !m.matches()) {
            return true;
        }
        return Integer.parseInt(m.group(1)) < MEMORY_KIB || Integer.parseInt(m.group(2)) < ITERATIONS
                || Integer.parseInt(m.group(3)) < PARALLELISM;
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                 int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        byte[] secret = toUtf8(password);
        try {
            generator.generateBytes(secret, out);
        } finally {
            java.util.Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    private static byte[] toUtf8(char[] password) {
        java.nio.ByteBuffer buffer = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            java.util.Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
