package org.unionhall.crypto.hash;

import java.nio.charset.StandardCharsets;

/**
 * The domain-separation tags (protocol §3.2). Every hash in the protocol starts with exactly one
 * of these ASCII strings, so that no hash computed for one purpose can be replayed for another.
 */
public enum Tag {
    /** Base hash H_B of the election parameters (§3.4). */
    ELECTION_BASE("unionhall/v1/election-base"),
    /** Digest of the key ceremony transcript (§6.5). */
    CEREMONY("unionhall/v1/ceremony"),
    /** Digest of the credential roll (§7.2). */
    ROLL("unionhall/v1/roll"),
    /** Extended hash H_E binding key, ceremony and roll (§3.4). */
    EXTENDED("unionhall/v1/extended"),
    /** Schnorr proof for a trustee's polynomial coefficient (§5.1). */
    COEFFICIENT_PROOF("unionhall/v1/coefficient-proof"),
    /** Schnorr proof for a trustee's share-encryption key (§5.1). */
    ENCRYPTION_KEY_PROOF("unionhall/v1/encryption-key-proof"),
    /** Pad for an encrypted key share (§6.3). */
    SHARE_PAD("unionhall/v1/share-pad"),
    /** Authentication code for an encrypted key share (§6.3). */
    SHARE_MAC("unionhall/v1/share-mac"),
    /** Proof that a complaint reveals the right shared secret (§6.4). */
    COMPLAINT_PROOF("unionhall/v1/complaint-proof"),
    /** Disjunctive proof that a selection lies in its range (§5.2). */
    SELECTION_PROOF("unionhall/v1/selection-proof"),
    /** Disjunctive proof that a contest's selections sum within its limits (§5.3). */
    CONTEST_PROOF("unionhall/v1/contest-proof"),
    /** Digest of a ballot's content (§8.3). */
    BALLOT("unionhall/v1/ballot"),
    /** Schnorr signature of a ballot by its credential (§7.3). */
    BALLOT_SIGNATURE("unionhall/v1/ballot-signature"),
    /** First link of the board's tracking-code chain (§8.5). */
    BOARD_GENESIS("unionhall/v1/board-genesis"),
    /** Tracking code of a board entry (§8.5). */
    TRACKING_CODE("unionhall/v1/tracking-code"),
    /** Chaum–Pedersen proof of a partial decryption (§5.4). */
    DECRYPTION_PROOF("unionhall/v1/decryption-proof"),
    /** First link of a version 2 board, binding the board key and the opening facts (§8.5). */
    BOARD_GENESIS_V2("unionhall/v2/board-genesis"),
    /** Digest of a signed receipt (§8.8). */
    RECEIPT("unionhall/v2/receipt"),
    /** Schnorr signature of a receipt by the board key (§8.8). */
    RECEIPT_SIGNATURE("unionhall/v2/receipt-signature");

    private final String ascii;

    Tag(String ascii) {
        this.ascii = ascii;
    }

    /** The tag as it is hashed. */
    public String ascii() {
        return ascii;
    }

    byte[] bytes() {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
