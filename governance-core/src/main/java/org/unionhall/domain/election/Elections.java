package org.unionhall.domain.election;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;

/** Where elections and everything on their boards are kept. */
public interface Elections {

    /** Stores a new election. */
    void add(Election election);

    /** An election. */
    Optional<Election> find(ElectionId id);

    /**
     * An election, locked for this transaction: board appends, phase changes and trustee
     * messages of one election run one at a time, on every node of a cluster.
     */
    Optional<Election> lock(ElectionId id);

    /** Elections of a union (all its chapters too), newest first. */
    List<Election> ofUnion(UnionId union);

    /** Elections of one chapter, newest first. */
    List<Election> ofChapter(ChapterId chapter);

    /** Ids of elections waiting to open or to close at this instant. */
    List<ElectionId> due(Instant now);

    /** Members with an active membership in the chapter, or in any chapter of the union. */
    long eligibleCount(UnionId union, Optional<ChapterId> chapter);

    /** Stores a trustee. */
    void add(ElectionTrustee trustee);

    /** The trustees of a round, in order. */
    List<ElectionTrustee> trustees(ElectionId election, int round);

    /** Stores a ceremony message (a second of the same kind from the same trustee is refused). */
    void add(CeremonyMessage message);

    /** The ceremony messages of a round. */
    List<CeremonyMessage> messages(ElectionId election, int round);

    /** Every complaint of every round, oldest round first. */
    List<CeremonyMessage> complaints(ElectionId election);

    /** Stores a voter (a second one for the same member is refused by the database). */
    void add(Voter voter);

    /** The member's voter entry. */
    Optional<Voter> voter(ElectionId election, MemberId member);

    /** Every voter entry of an election (who registered and whether they voted), by member. */
    List<Voter> voters(ElectionId election);

    /** Stores a credential on the roll (a credential twice is refused by the database). */
    void add(RollCredential credential);

    /** The weight of a credential on the roll. */
    Optional<Long> weightOf(ElectionId election, String credential);

    /** The roll, in credential order (not registration order, so it cannot be matched to voters). */
    List<RollCredential> roll(ElectionId election);

    /** Credentials on the roll. */
    long rollSize(ElectionId election);

    /** Stores a board entry and makes it durable within the transaction. */
    void add(BoardLine line);

    /**
     * Stores several board entries, in order, and makes them durable within the transaction with
     * one flush (a group of ballots appended under one lock).
     */
    void addAll(List<BoardLine> lines);

    /** Marks these members of the election as having voted (members already marked stay so). */
    void markVoted(ElectionId election, Collection<MemberId> members);

    /** The entries with any of these ballot digests. */
    List<BoardLine> byDigests(ElectionId election, Collection<String> digests);

    /** The entry with this ballot digest. */
    Optional<BoardLine> byDigest(ElectionId election, String digest);

    /** The entry with this tracking code. */
    Optional<BoardLine> byCode(ElectionId election, String code);

    /** Entries from {@code fromSeq} on, in order. */
    List<BoardLine> board(ElectionId election, long fromSeq, int limit);

    /**
     * The ballot digests (base64url) of the entries from {@code fromSeq} on, by seq, at most
     * {@code limit}: what a search for a receipted ballot reads (protocol §11.4), not whole lines.
     */
    SortedMap<Long, String> digests(ElectionId election, long fromSeq, int limit);

    /**
     * Revotes (§8.6): for each cast entry numbered {@code fromSeq..toSeq} whose credential cast a
     * later ballot, the number of that credential's last cast entry (the one that counts).
     */
    Map<Long, Long> replacements(ElectionId election, long fromSeq, long toSeq);

    /** Stores a partial decryption. */
    void add(TrusteeDecryption decryption);

    /** The partial decryptions received, in trustee order. */
    List<TrusteeDecryption> decryptions(ElectionId election);
}
