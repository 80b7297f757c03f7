package org.unionhall.crypto.ballot;

import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;

/**
 * The tracking-code chain of the board (protocol §8.5): code_0 = HMAC(H_E, genesis tag) and
 * code_i = HMAC(H_E, tag ‖ code_(i-1) ‖ u64(i) ‖ state ‖ ballot digest).
 */
public final class TrackingCodes {

    private TrackingCodes() {
    }

    /** The code before the first entry. */
    public static byte[] genesis(byte[] extendedHash) {
        return Hash.keyed(extendedHash, Tag.BOARD_GENESIS);
    }

    /** The code of entry {@code sequence} (1-based). */
    public static byte[] next(byte[] extendedHash, byte[] previous, long sequence, BoardEntry.State state,
            byte[] ballotDigest) {
        return Hash.keyed(extendedHash, Tag.TRACKING_CODE, previous, Hash.u64(sequence), Hash.utf8(state.label()),
                ballotDigest);
    }
}
