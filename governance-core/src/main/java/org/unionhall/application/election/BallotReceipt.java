package org.unionhall.application.election;

/**
 * The answer to a cast or challenged ballot: where it is on the board.
 *
 * @param seq its sequence number on the board
 * @param code its tracking code (base64url, §8.5)
 * @param firstTime false when the same ballot was already on the board (a retry)
 */
public record BallotReceipt(long seq, String code, boolean firstTime) {
}
