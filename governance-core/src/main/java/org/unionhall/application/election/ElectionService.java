package org.unionhall.application.election;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionhall.application.Actor;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.domain.election.ElectionId;

/**
 * Secret member ballots on the server (protocol {@code docs/protocol.md}): the server prepares
 * the election, relays the trustees' key-ceremony messages checking every public part, keeps the
 * roll of voting credentials apart from the list of who registered, takes encrypted ballots onto
 * the bulletin board, computes the encrypted tally, combines the trustees' partial decryptions,
 * writes the election record, verifies it and publishes the result. It never sees a choice.
 *
 * <p>The trustees' messages arrive decoded by {@link ProtocolMessages}; a ballot arrives in its
 * record form ({@link SubmittedBallot}), decoded against the election's manifest when it is
 * taken. Refusals are the domain exceptions of {@code org.unionhall.domain.shared}, with messages
 * naming the failed check and its protocol section. Each method says who may call it.
 */
public interface ElectionService {

    /**
     * A steward of the scope (for a participatory budget, a treasurer of the union): prepares a
     * secret member ballot in phase CEREMONY (members call one by proposing a motion, whose
     * scheduling prepares it). Every trustee must be an active
     * member of its union; 1 ≤ t ≤ n ≤ 20; 1 to 20 questions of at most 50 options; it must open
     * before it closes and close in the future.
     *
     * @return the new election's id, to be kept on the motion
     */
    ElectionId prepare(Actor actor, PrepareElection request);

    /**
     * Anyone, also without signing in: the public view of an election. The trustees' names and
     * member ids only for the union's insiders; the caller's own status when signed in.
     */
    ElectionView view(Optional<Actor> actor, ElectionId election);

    /**
     * Unionhall's own timers only (never a caller): who has taken part so far, for a quorum
     * warning: how many members are marked "has voted" and which registered members have not
     * voted yet. Nothing about any ballot or choice.
     */
    Turnout turnout(ElectionId election);

    /**
     * The union's insiders (its members and stewards): elections of a union (and its chapters)
     * or of one chapter, newest first.
     */
    List<ElectionSummary> elections(Actor actor, String scopeSlug);

    /** The union's insiders: the name of the union or chapter a list of elections is for. */
    String scopeName(Actor actor, String scopeSlug);

    /**
     * The union's insiders: the ceremony messages of the current round, and the verdict on every
     * complaint.
     */
    CeremonyView ceremony(Actor actor, ElectionId election);

    /** The election's named trustees. Message 1 (§6.2): a named trustee's announcement, checked before it is kept. */
    void announce(Actor actor, ElectionId election, TrusteeAnnouncement announcement);

    /** The election's named trustees. Message 2 (§6.3): a named trustee's encrypted shares, one for each other trustee. */
    void sendShares(Actor actor, ElectionId election, List<EncryptedShare> shares);

    /**
     * The election's named trustees. Message 3 (§6.4): a complaint about a share. It is judged from public data; the trustee at
     * fault (the sender of a wrong share, or the author of a false complaint) is excluded and the
     * ceremony restarts without them, or the election is cancelled when fewer than t remain.
     *
     * @return who was found at fault, in words
     */
    String complain(Actor actor, ElectionId election, ShareComplaint complaint);

    /** Active members of the scope: registers the caller's public voting credential (phase REGISTRATION, once per member). */
    void register(Actor actor, ElectionId election, String credential);

    /** A steward of the scope opens voting now (phase REGISTRATION): the roll is frozen and the context fixed. */
    ElectionView open(Actor actor, ElectionId election);

    /** A steward of the scope closes voting now (phase OPEN): the weighted encrypted tally is fixed. */
    ElectionView close(Actor actor, ElectionId election);

    /** Unionhall's own timer only: opens and closes every election whose instant has come; returns how many changed. */
    int advanceDue(Instant now);

    /**
     * Registered voters (phase OPEN): takes a ballot, cast to be counted, or challenged with its
     * opening (Benaloh, §8.4) and never counted. The same ballot posted again answers the same
     * entry; the last cast ballot of a credential counts. The caller is marked as having voted,
     * without any link between member and ballot. The answer is given once the ballot is durable.
     */
    BallotReceipt submit(Actor actor, ElectionId election, SubmittedBallot ballot);

    /** Anyone: board entries from the given sequence number on, at most {@code limit}. */
    List<BoardLineView> board(ElectionId election, long fromSeq, int limit);

    /** Anyone: the board entry with this tracking code (base64url), if any. */
    Optional<BoardLineView> findOnBoard(ElectionId election, String trackingCode);

    /**
     * Anyone: which cast entries numbered {@code fromSeq..toSeq} a later ballot of the same credential
     * replaced (§8.6), each with the number of the entry that counts instead.
     */
    Map<Long, Long> replacedOnBoard(ElectionId election, long fromSeq, long toSeq);

    /**
     * Checks a receipt someone brought against this election's board as it stands (protocol
     * §11.4; during voting, the board so far), with a few look-ups rather than the whole record.
     * Open to anyone. Refused only when the election has not opened voting yet.
     */
    ReceiptVerdict checkReceipt(ElectionId election, String receiptText);

    /** Anyone: the encrypted tally in record form (tally.json), once voting is closed. */
    String tally(ElectionId election);

    /**
     * The election's named trustees. Message 4 (§6.6): a named trustee's partial decryption of the tally (phase CLOSED). When t
     * trustees have sent theirs, the result is combined, the record written and verified, and the
     * result published.
     */
    void decrypt(Actor actor, ElectionId election, DecryptionShare share);

    /** Anyone: the result with its verification report (phase PUBLISHED), or the state so far. */
    ResultView result(ElectionId election);

    /** Anyone: the election record (protocol §10) as a zip of its files, as far as it goes. */
    byte[] recordZip(ElectionId election);
}
