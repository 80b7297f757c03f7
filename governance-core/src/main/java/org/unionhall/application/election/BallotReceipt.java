package org.unionhall.application.election;

import java.util.Optional;

/**
 * The answer to a cast or challenged ballot: where it is on the board, and the board's signed
 * receipt for it.
 *
 * @param seq its sequence number on the board
 * @param code its tracking code (base64url, §8.5)
 * @param signed the receipt signed with the election's board key (canonical JSON, protocol version 2);
 *               empty for an election of protocol version 1
 * @param firstTime false when the same ballot was already on the board (a retry)
 */
public record BallotReceipt(long seq, String code, Optional<String> signed, boolean firstTime) {
}
