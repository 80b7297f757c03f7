package org.unionhall.crypto.record;

/** The files of an election record folder (protocol §10), in the order they are written. */
public final class RecordLayout {

    /** Election parameters and contests (§10.2). */
    public static final String ELECTION = "election.json";
    /** Declared hashes and joint key (§10.3). */
    public static final String CONTEXT = "context.json";
    /** Key ceremony transcript (§10.4). */
    public static final String CEREMONY = "ceremony.json";
    /** Credential roll, one entry per line (§10.5). */
    public static final String ROLL = "roll.ndjson";
    /** Bulletin board, one entry per line (§10.6). */
    public static final String BOARD = "board.ndjson";
    /** The instant voting closed, version 2 only (§10.10). */
    public static final String CLOSING = "closing.json";
    /** Encrypted tally (§10.7). */
    public static final String TALLY = "tally.json";
    /** Partial decryptions (§10.8). */
    public static final String DECRYPTION = "decryption.json";
    /** Result (§10.9). */
    public static final String RESULT = "result.json";

    private RecordLayout() {
    }
}
