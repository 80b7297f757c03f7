package org.unionhall.domain.treasury;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The canonical bytes that the ledger hashes and signs, written field by field in a fixed order
 * (docs/ledger.md, "Row encoding"): numbers as 8-byte big-endian two's complement, ids as the 16
 * bytes of the UUID (most significant half first), an optional id as one byte 0 or 1 followed by
 * the id when present, text as a 2-byte big-endian length and its UTF-8 bytes, instants as
 * microseconds since 1970-01-01T00:00:00Z. Every encoding begins with a domain-separation tag
 * and a zero byte, so a row's bytes can never be taken for a checkpoint's or another protocol's.
 */
final class ChainEncoding {
    /** The tag that begins every transfer row's encoding. */
    static final String TRANSFER_TAG = "unionhall/ledger/transfer/v1";
    /** The tag that begins every checkpoint's signed statement. */
    static final String CHECKPOINT_TAG = "unionhall/ledger/checkpoint/v1";
    /** The previous hash of a ledger's first row: 32 zero bytes. */
    static final String GENESIS = "0".repeat(64);

    private byte[] out = new byte[256];
    private int size;

    ChainEncoding(String tag) {
        text(tag);
        oneByte(0);
    }

    ChainEncoding id(UUID id) {
        return number(id.getMostSignificantBits()).number(id.getLeastSignificantBits());
    }

    ChainEncoding optionalId(Optional<UUID> id) {
        oneByte(id.isPresent() ? 1 : 0);
        id.ifPresent(this::id);
        return this;
    }

    ChainEncoding number(long value) {
        room(Long.BYTES);
        for (int shift = 56; shift >= 0; shift -= 8) {
            out[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    ChainEncoding count(int value) {
        room(Integer.BYTES);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    ChainEncoding oneByte(int value) {
        room(1);
        out[size++] = (byte) value;
        return this;
    }

    private void write(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, out, size, bytes.length);
        size += bytes.length;
    }

    private void room(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }

    ChainEncoding hash(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a hash is 32 bytes");
        }
        write(bytes);
        return this;
    }

    ChainEncoding text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException("text too long to encode");
        }
        oneByte(bytes.length >>> 8);
        oneByte(bytes.length);
        write(bytes);
        return this;
    }

    ChainEncoding ascii(String value) {
        write(value.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    ChainEncoding instant(Instant at) {
        return number(ChronoUnit.MICROS.between(Instant.EPOCH, at));
    }

    byte[] bytes() {
        return Arrays.copyOf(out, size);
    }

    /** SHA-256 of the bytes, in lower-case hex. */
    String sha256() {
        MessageDigest digest = SHA256.get();
        digest.update(out, 0, size);
        return HexFormat.of().formatHex(digest.digest());
    }

    static byte[] sha256(byte[] bytes) {
        return SHA256.get().digest(bytes);
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });
}
