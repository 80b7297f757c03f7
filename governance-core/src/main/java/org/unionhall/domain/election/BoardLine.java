package org.unionhall.domain.election;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of an election's bulletin board, kept exactly as its line of board.ndjson
 * (protocol §10.6), with the values the server looks up: sequence number, tracking code,
 * state, ballot digest (replay check) and credential (last ballot counts).
 */
@Entity
@Table(name = "election_board_entry")
@Access(AccessType.FIELD)
public class BoardLine {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "election_id", nullable = false, length = 36)
    private String electionId;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "code", nullable = false, length = 43)
    private String code;

    @Column(name = "state", nullable = false, length = 12)
    private String state;

    @Column(name = "digest", nullable = false, length = 43)
    private String digest;

    @Column(name = "credential", nullable = false, length = 44)
    private String credential;

    @Column(name = "line", nullable = false, length = 100000)
    private String line;

    @Column(name = "receipt", length = 1000)
    private String receipt;

    /** For JPA only. */
    protected BoardLine() {
    }

    /**
     * An entry built and chained by ballot-crypto.
     *
     * @param receipt the signed receipt (canonical JSON) given for it, for a version-2 election
     */
    public BoardLine(ElectionId election, long seq, String code, String state, String digest, String credential,
                     String line, Optional<String> receipt) {
        this.id = UUID.randomUUID().toString();
        this.electionId = election.toString();
        this.seq = seq;
        this.code = Objects.requireNonNull(code);
        this.state = Objects.requireNonNull(state);
        this.digest = Objects.requireNonNull(digest);
        this.credential = Objects.requireNonNull(credential);
        this.line = Objects.requireNonNull(line);
        this.receipt = receipt.orElse(null);
    }

    /** Sequence number, from 1. */
    public long seq() {
        return seq;
    }

    /** Tracking code, base64url. */
    public String code() {
        return code;
    }

    /** {@code cast} or {@code challenged}. */
    public String state() {
        return state;
    }

    /** Ballot digest, base64url. */
    public String digest() {
        return digest;
    }

    /** The signed receipt given for this entry (protocol version 2), as canonical JSON. */
    public Optional<String> receipt() {
        return Optional.ofNullable(receipt);
    }

    /** The line of board.ndjson. */
    public String line() {
        return line;
    }
}
