package org.unionhall.crypto.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A deterministic random source for simulations and tests only: SHA-256 in counter mode over a
 * seed and a label, so that {@code simulate --seed S} writes the same record every time and
 * parallel voters draw from independent streams. Never use it for a real election.
 */
public final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final byte[] key;
    private long counter;
    private final byte[] block = new byte[32];
    private int used = 32;

    /** A stream named by seed and label, e.g. (42, "voter/17"). */
    public SeededRandom(long seed, String label) {
        super(new byte[0]);
        this.key = (seed + "/" + label).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void nextBytes(byte[] out) {
        for (int i = 0; i < out.length; i++) {
            if (used == block.length) {
                refill();
            }
            out[i] = block[used++];
        }
    }

    @Override
    public synchronized void setSeed(long seed) {
        // The stream is fixed by its constructor; SecureRandom's constructor calls this.
    }

    @Override
    public byte[] generateSeed(int n) {
        byte[] out = new byte[n];
        nextBytes(out);
        return out;
    }

    private void refill() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(key);
            md.update(java.nio.ByteBuffer.allocate(8).putLong(counter++).array());
            System.arraycopy(md.digest(), 0, block, 0, 32);
            used = 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
