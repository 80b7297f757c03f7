package org.unionhall.domain.election;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * A public key-ceremony message a trustee sent (protocol §6.2–§6.4), kept in its record form as
 * canonical JSON after ballot-crypto checked it. A complaint also keeps its verdict.
 */
@Entity
@Table(name = "election_ceremony_message")
@Access(AccessType.FIELD)
public class CeremonyMessage {
    /** The three ceremony messages. */
    public enum Kind {
        /** Message 1: encryption key and coefficient commitments with proofs. */
        ANNOUNCEMENT,
        /** Message 2: the encrypted shares for every other trustee (a JSON array). */
        SHARES,
        /** Message 3: a complaint about a share. */
        COMPLAINT
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "election_id", nullable = false, length = 36)
    private String electionId;

    @Column(name = "ceremony_round", nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "sender", nullable = false)
    private int sender;

    @Column(name = "body", nullable = false, length = 1000000)
    private String body;

    @Column(name = "verdict", length = 500)
    private String verdict;

    /** For JPA only. */
    protected CeremonyMessage() {
    }

    /** A checked message from trustee {@code sender}. */
    public CeremonyMessage(ElectionId election, int round, Kind kind, int sender, String body, Optional<String> verdict) {
        this.id = UUID.randomUUID().toString();
        this.electionId = election.toString();
        this.round = round;
        this.kind = Objects.requireNonNull(kind);
        this.sender = sender;
        this.body = Objects.requireNonNull(body);
        this.verdict = verdict.orElse(null);
    }

    /** The round. */
    public int round() {
        return round;
    }

    /** Which message. */
    public Kind kind() {
        return kind;
    }

    /** The sending trustee's number. */
    public int sender() {
        return sender;
    }

    /** The message as canonical JSON. */
    public String body() {
        return body;
    }

    /** For a complaint: who was found at fault. */
    public Optional<String> verdict() {
        return Optional.ofNullable(verdict);
    }
}
