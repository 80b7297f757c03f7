package org.unionhall.crypto.receipt;

import java.security.MessageDigest;
import java.util.Optional;
import java.util.OptionalLong;

import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.TrackingCodes;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.record.Bytes;

/**
 * How one readable receipt stands against one election's board (protocol §11.4, steps 2–5): the
 * single judgement that both the verifier (V18) and the server's receipt check use.
 *
 * @param finding what was found
 * @param foundAt where the receipted ballot was found when it is not where the receipt says
 *                (moved, state changed); otherwise empty
 * @param reason the finding in the spec's words, starting with its name ("forged: …"), empty for
 *               {@link Finding#MATCHED}
 */
public record ReceiptJudgement(Finding finding, OptionalLong foundAt, String reason) {

    /** The outcomes of §11.4. */
    public enum Finding {
        /** The board holds the receipted ballot at its seq, after the same board the receipt saw. */
        MATCHED,
        /** Rejected: a version 1 election has no board key. */
        NO_BOARD_KEY,
        /** Rejected: the receipt names another election's H_E. */
        OTHER_ELECTION,
        /** Rejected: this election's board key did not sign it; it proves nothing against the server. */
        FORGED,
        /** Genuine, and the board before the receipted ballot is not the one the receipt saw. */
        FORK,
        /** Genuine, and the receipted ballot is on the board at another seq. */
        MOVED,
        /** Genuine, and the receipted ballot is on the board in the other state. */
        STATE_CHANGED,
        /** Genuine, and the receipted ballot is not on the board. */
        MISSING;

        /**
         * True for a receipt that this election's server did not make: it says nothing about the
         * board and must not count against it.
         */
        public boolean rejected() {
            return this == NO_BOARD_KEY || this == OTHER_ELECTION || this == FORGED;
        }

        /** True for a genuine receipt the board contradicts: the server's own word against it. */
        public boolean contradicted() {
            return this != MATCHED && !rejected();
        }
    }

    /**
     * Judges a receipt against the board of the election with H_E {@code extendedHash} and board
     * key {@code boardKey} (empty for a version 1 election): rejected when it is not this
     * election's server's (§11.4 steps 2–4), otherwise matched or contradicted by the board (step 5).
     */
    public static ReceiptJudgement judge(Receipt receipt, byte[] extendedHash, Optional<GroupElement> boardKey,
            ReceiptBoard board) {
        if (boardKey.isEmpty()) {
            return of(Finding.NO_BOARD_KEY, "version 1 records have no board key to check a receipt against");
        }
        if (!receipt.isFor(extendedHash)) {
            return of(Finding.OTHER_ELECTION, "for another election (H_E " + Bytes.encode(receipt.election())
                    + ", this record's is " + Bytes.encode(extendedHash) + ")");
        }
        if (!receipt.signatureValid(boardKey.get())) {
            return of(Finding.FORGED, "forged: the signature does not check under this record's board key");
        }
        long entries = board.entries();
        long seq = receipt.seq();
        byte[] code = receipt.code();
        byte[] previous = receipt.previous();
        if (seq <= entries && equal(board.code(seq), code)) {
            return equal(board.code(seq - 1), previous) ? of(Finding.MATCHED, "")
                    : of(Finding.FORK, "fork: the board's code before seq " + seq + " differs from the one the receipt saw");
        }
        // The board does not hold the receipted code at seq: look for the receipted ballot anywhere.
        // Its digest is the one that gives the receipted code with the receipt's own fields; where
        // it is found, the line's written state says whether it was also turned into the other state.
        OptionalLong found = board.firstWithDigest(d -> MessageDigest.isEqual(
                TrackingCodes.next(extendedHash, previous, seq, receipt.state(), d), code));
        if (found.isPresent()) {
            long j = found.getAsLong();
            Optional<BoardEntry.State> written = board.state(j);
            if (written.isPresent() && written.get() != receipt.state()) {
                return new ReceiptJudgement(Finding.STATE_CHANGED, found, "state changed: the receipted ballot is on "
                        + "the board at seq " + j + " as " + written.get().label() + ", the receipt says "
                        + receipt.state().label());
            }
            return j == seq
                    ? of(Finding.FORK, "fork: the receipted ballot is at seq " + seq + ", but the board before it "
                            + "differs from the one the receipt saw")
                    : new ReceiptJudgement(Finding.MOVED, found, "moved: the receipted ballot is at seq " + j
                            + ", the receipt says seq " + seq);
        }
        return of(Finding.MISSING, "missing: the receipted ballot is not on the board"
                + (seq > entries ? " (the board has " + entries + " entries)" : "; seq " + seq + " holds another ballot"));
    }

    private static ReceiptJudgement of(Finding finding, String reason) {
        return new ReceiptJudgement(finding, OptionalLong.empty(), reason);
    }

    private static boolean equal(Optional<byte[]> written, byte[] expected) {
        return written.isPresent() && MessageDigest.isEqual(written.get(), expected);
    }
}
