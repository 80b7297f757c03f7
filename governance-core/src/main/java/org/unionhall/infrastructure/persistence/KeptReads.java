package org.unionhall.infrastructure.persistence;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Values read from committed rows and kept in memory, each with the stamp of the row that
 * guards it: a number the database raises in the same transaction as every write the value
 * depends on ({@link ReadStamps}). A caller reads the stamp as its own transaction sees it and is
 * given the kept value only when the stamps are equal, so it never sees a value older than the
 * database shows it, on this node or after a write on another node sharing the database.
 * Otherwise one caller reads the value again, in a transaction of its own so nothing uncommitted
 * gets in, while the others read from the tables themselves; and a caller whose transaction sees
 * another stamp than the committed one (its own uncommitted writes, or a commit in between)
 * reads from the tables too.
 *
 * @param <K> what a value is kept for (a chapter, a member)
 * @param <V> the value
 */
final class KeptReads<K, V> {
    /** A value as read at one stamp. */
    record Read<V>(long stamp, V value) {
    }

    private static final int LOCKS = 64;

    private final Function<K, Read<V>> reader;
    private final ToLongFunction<V> weight;
    private final long maxWeight;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final ReentrantLock[] reading = new ReentrantLock[LOCKS];
    private final AtomicLong weightKept = new AtomicLong();

    /**
     * @param reader reads the stamp and then the value from committed rows, in a transaction of
     *               its own; null when the row that holds the stamp does not exist
     * @param weight what a value counts against {@code maxWeight} (its rows, say)
     * @param maxWeight the most kept over all values; the least recently used go first
     */
    KeptReads(Function<K, Read<V>> reader, ToLongFunction<V> weight, long maxWeight) {
        this.reader = reader;
        this.weight = weight;
        this.maxWeight = maxWeight;
        for (int i = 0; i < LOCKS; i++) {
            reading[i] = new ReentrantLock();
        }
    }

    /**
     * The value kept at the stamp the caller's transaction sees, or nothing when the caller must
     * read from the tables (another caller is reading it just now, or the committed stamp differs).
     */
    Optional<V> at(K key, long stamp) {
        Kept<V> found = kept.get(key);
        if (found != null && found.read.stamp() == stamp) {
            found.touch();
            return Optional.of(found.read.value());
        }
        ReentrantLock lock = reading[Math.floorMod(key.hashCode(), LOCKS)];
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            found = kept.get(key);
            if (found != null && found.read.stamp() >= stamp) {
                return found.read.stamp() == stamp ? Optional.of(found.read.value()) : Optional.empty();
            }
            Read<V> fresh = reader.apply(key);
            if (fresh == null) {
                return Optional.empty();
            }
            keep(key, fresh);
            return fresh.stamp() == stamp ? Optional.of(fresh.value()) : Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The value kept last, whatever its stamp, for a caller that reads the stamp its transaction
     * sees in the same statement as what it needs beside the value, and uses the value only when
     * the two stamps are equal; nothing if none is kept.
     */
    Optional<Read<V>> latest(K key) {
        Kept<V> found = kept.get(key);
        if (found == null) {
            return Optional.empty();
        }
        found.touch();
        return Optional.of(found.read);
    }

    private void keep(K key, Read<V> read) {
        long w = weight.applyAsLong(read.value());
        if (w > maxWeight) {
            forget(key);
            return;
        }
        Kept<V> now = new Kept<>(read, w);
        Kept<V> old = kept.put(key, now);
        weightKept.addAndGet(w - (old == null ? 0 : old.weight));
        while (weightKept.get() > maxWeight) {
            Map.Entry<K, Kept<V>> least = kept.entrySet().stream()
                    .filter(e -> !e.getKey().equals(key))
                    .min(Comparator.comparingLong(e -> e.getValue().lastUsed)).orElse(null);
            if (least == null) {
                break;
            }
            if (kept.remove(least.getKey(), least.getValue())) {
                weightKept.addAndGet(-least.getValue().weight);
            }
        }
    }

    private void forget(K key) {
        Kept<V> old = kept.remove(key);
        if (old != null) {
            weightKept.addAndGet(-old.weight);
        }
    }

    /** A kept read with its weight and when it was last used. */
    private static final class Kept<V> {
        final Read<V> read;
        final long weight;
        volatile long lastUsed = System.nanoTime();

        Kept(Read<V> read, long weight) {
            this.read = read;
            this.weight = weight;
        }

        void touch() {
            long now = System.nanoTime();
            if (now - lastUsed > 1_000_000_000L) {
                lastUsed = now;
            }
        }
    }
}
