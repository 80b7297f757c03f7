package org.unionhall.crypto.ballot;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;

/**
 * The published roll of public credentials with their weights (protocol §7.2). A credential
 * appears at most once; the roll's digest is bound into H_E, so it is fixed before voting.
 */
public final class Roll {

    private final List<RollEntry> entries;
    private final Map<ByteBuffer, RollEntry> byCredential;
    private final long totalWeight;

    /** Builds the roll, refusing a credential listed twice. */
    public Roll(List<RollEntry> entries) {
        this.entries = List.copyOf(entries);
        this.byCredential = new HashMap<>(entries.size() * 2);
        long total = 0;
        for (RollEntry e : entries) {
            if (byCredential.put(ByteBuffer.wrap(e.credential().encode()), e) != null) {
                throw new InvalidInputException("roll check: credential " + e.credential() + " is listed twice");
            }
            total += e.weight();
        }
        this.totalWeight = total;
    }

    /** The entries in published order. */
    public List<RollEntry> entries() {
        return entries;
    }

    /** The entry of an encoded credential, if it is on the roll. */
    public Optional<RollEntry> find(byte[] encodedCredential) {
        return Optional.ofNullable(byCredential.get(ByteBuffer.wrap(encodedCredential)));
    }

    /** Sum of all weights. */
    public long totalWeight() {
        return totalWeight;
    }

    /** Digest keyed by H_B over u32(count) and each credential ‖ u64(weight) (protocol §7.2). */
    public byte[] digest(byte[] baseHash) {
        List<byte[]> parts = new ArrayList<>(entries.size() * 2 + 1);
        parts.add(Hash.u32(entries.size()));
        for (RollEntry e : entries) {
            parts.add(e.credential().encodedView());
            parts.add(Hash.u64(e.weight()));
        }
        return Hash.keyed(baseHash, Tag.ROLL, parts);
    }
}
