package org.unionhall.crypto.ballot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;

/**
 * The election parameters fixed before anything else (protocol §8.1): election id, title,
 * contests, number of trustees n and threshold t. Its base hash H_B keys every later hash.
 */
public record Manifest(String election, String title, List<Contest> contests, int trustees, int threshold) {

    /** Version of the protocol and record format. */
    public static final String FORMAT = "unionhall-election/1";

    /** Checks ids, trustees and threshold. */
    public Manifest {
        contests = List.copyOf(contests);
        if (election == null || election.isEmpty() || title == null) {
            throw new InvalidInputException("manifest check: an election needs an id and a title");
        }
        if (contests.isEmpty()) {
            throw new InvalidInputException("manifest check: an election needs at least one contest");
        }
        Set<String> ids = new HashSet<>();
        for (Contest c : contests) {
            if (!ids.add(c.id())) {
                throw new InvalidInputException("manifest check: contest id '" + c.id() + "' appears twice");
            }
        }
        if (threshold < 1 || threshold > trustees) {
            throw new InvalidInputException("manifest check: need 1 ≤ threshold ≤ trustees");
        }
    }

    /** H_B = SHA-256 over the framed fields (protocol §3.4). */
    public byte[] baseHash() {
        List<byte[]> parts = new ArrayList<>();
        parts.add(Hash.utf8(FORMAT));
        parts.add(Hash.utf8(Group.NAME));
        parts.add(Hash.utf8(election));
        parts.add(Hash.utf8(title));
        parts.add(Hash.u32(trustees));
        parts.add(Hash.u32(threshold));
        parts.add(Hash.u32(contests.size()));
        for (Contest c : contests) {
            parts.add(Hash.utf8(c.id()));
            parts.add(Hash.utf8(c.question()));
            parts.add(Hash.utf8(c.method().label()));
            parts.add(Hash.u32(c.min()));
            parts.add(Hash.u32(c.max()));
            parts.add(Hash.u32(c.range()));
            parts.add(Hash.u32(c.options().size()));
            for (String o : c.options()) {
                parts.add(Hash.utf8(o));
            }
        }
        return Hash.tagged(Tag.ELECTION_BASE, parts.toArray(new byte[0][]));
    }
}
