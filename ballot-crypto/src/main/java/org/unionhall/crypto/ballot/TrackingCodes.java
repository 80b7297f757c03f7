package org.unionhall.crypto.ballot;

import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;

/**
 * The tracking-code chain of the board (protocol §8.5): code_0 = HMAC(H_E, genesis tag) in
 * version 1, HMAC(H_E, v2 genesis tag ‖ B ‖ opened ‖ eligible ‖ basis) in version 2, and
 * code_i = HMAC(H_E, tag ‖ code_(i-1) ‖ u64(i) ‖ state ‖ ballot digest) in both; and the
 * spelling a voter reads and types (§8.7).
 */
public final class TrackingCodes {

    private static final java.util.Base64.Encoder TEXT = java.util.Base64.getUrlEncoder().withoutPadding();
    private static final java.util.Base64.Decoder FROM_TEXT = java.util.Base64.getUrlDecoder();

    private TrackingCodes() {
    }

    /** The code before the first entry of a version 1 board. */
    public static byte[] genesis(byte[] extendedHash) {
        return Hash.keyed(extendedHash, Tag.BOARD_GENESIS);
    }

    /**
     * The code before the first entry of a version 2 board: it binds the board key and the facts
     * fixed when voting opened, so swapping any of them later changes every tracking code.
     */
    public static byte[] genesis(byte[] extendedHash, VotingOpened opened) {
        return Hash.keyed(extendedHash, Tag.BOARD_GENESIS_V2, opened.boardKey().encodedView(),
                Hash.utf8(opened.opened()), Hash.u64(opened.eligible()), Hash.utf8(opened.eligibleBasis()));
    }

    /** The code of entry {@code sequence} (1-based). */
    public static byte[] next(byte[] extendedHash, byte[] previous, long sequence, BoardEntry.State state,
            byte[] ballotDigest) {
        return Hash.keyed(extendedHash, Tag.TRACKING_CODE, previous, Hash.u64(sequence), Hash.utf8(state.label()),
                ballotDigest);
    }

    /** The code as a voter is shown it (§8.7): base64url in groups of four characters separated by one space. */
    public static String grouped(byte[] code) {
        String text = TEXT.encodeToString(code);
        StringBuilder sb = new StringBuilder(text.length() + text.length() / 4);
        for (int i = 0; i < text.length(); i += 4) {
            sb.append(i == 0 ? "" : " ").append(text, i, Math.min(text.length(), i + 4));
        }
        return sb.toString();
    }

    /**
     * A code as a voter typed or pasted it (§8.7): every whitespace character (spaces, tabs, line
     * breaks, no-break spaces) is ignored, the rest must be the 43 base64url characters of a
     * 32-byte code. Case matters: base64url uses both cases, so {@code l} and {@code I} differ.
     */
    public static byte[] parseTyped(String typed) {
        StringBuilder sb = new StringBuilder();
        typed.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        String text = sb.toString();
        byte[] code;
        try {
            code = FROM_TEXT.decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("tracking code check: a tracking code is 43 characters of A–Z, a–z, 0–9, - and _");
        }
        if (code.length != Hash.LENGTH || text.indexOf('=') >= 0 || !TEXT.encodeToString(code).equals(text)) {
            throw new InvalidInputException("tracking code check: a tracking code is 43 characters of A–Z, a–z, 0–9, - and _");
        }
        return code;
    }
}
