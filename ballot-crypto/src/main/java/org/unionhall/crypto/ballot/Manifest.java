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
 * contests, number of trustees n and threshold t, and the protocol version (1 or 2, §10). Its
 * base hash H_B keys every later hash; it hashes the version's format string, so a record cannot
 * be passed off as the other version.
 */
public record Manifest(String election, String title, List<Contest> contests, int trustees, int threshold,
        int version) {

    /** Format of protocol version 1. */
    public static final String FORMAT = "unionhall-election/1";
    /** Format of protocol version 2: board key, signed receipts, actual period and eligible count. */
    public static final String FORMAT_V2 = "unionhall-election/2";

    /** A version 1 election, as before version 2 existed. */
    public Manifest(String election, String title, List<Contest> contests, int trustees, int threshold) {
        this(election, title, contests, trustees, threshold, 1);
    }

    /** Checks ids, trustees, threshold and version. */
    public Manifest {
        contests = List.copyOf(contests);
        if (version != 1 && version != 2) {
            throw new InvalidInputException("manifest check: unknown protocol version " + version);
        }
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

    /** The format string of election.json: {@link #FORMAT} or {@link #FORMAT_V2}. */
    public String format() {
        return version == 1 ? FORMAT : FORMAT_V2;
    }

    /** The version whose format string is given, or empty if it is neither. */
    public static java.util.OptionalInt versionOf(String format) {
        return FORMAT.equals(format) ? java.util.OptionalInt.of(1)
                : FORMAT_V2.equals(format) ? java.util.OptionalInt.of(2) : java.util.OptionalInt.empty();
    }

    /** H_B = SHA-256 over the framed fields (protocol §3.4). */
    public byte[] baseHash() {
        List<byte[]> parts = new ArrayList<>();
        parts.add(Hash.utf8(format()));
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
