package org.unionhall.application.election;

/**
 * One entry of the bulletin board.
 *
 * @param seq its sequence number
 * @param code its tracking code (base64url)
 * @param state {@code cast} or {@code challenged}
 * @param json the entry as a line of board.ndjson (§10.6)
 */
public record BoardLineView(long seq, String code, String state, String json) {
}
