package org.unionhall.domain.mail;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.unionhall.domain.shared.InvalidInput;

/**
 * One plain-text mail to one address, from the moment a change causes it until it is sent, kept
 * or given up. Written by services in their own transaction; moved on by the sender (see
 * {@link DeliveryPolicy}), which changes the row with conditional updates so that two nodes never
 * both send it. The body is erased once the mail is sent or given up.
 */
@Entity
@Table(name = "outgoing_mail")
@Access(AccessType.FIELD)
public class OutgoingMail {
    /** Longest subject. */
    public static final int MAX_SUBJECT = 200;
    /** Longest body. */
    public static final int MAX_BODY = 16000;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;\"]{1,64}@[^@\\s<>,;\"]{1,189}");

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private MailCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MailStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "last_failure", length = 500)
    private String lastFailure;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected OutgoingMail() {
    }

    /**
     * A mail due at once.
     *
     * @param recipient one e-mail address
     * @param subject one line, at most {@value #MAX_SUBJECT} characters
     * @param body plain text, at most {@value #MAX_BODY} characters
     */
    public OutgoingMail(String recipient, String subject, String body, MailCategory category, Instant now) {
        String to = Objects.requireNonNull(recipient, "recipient").strip();
        if (to.length() > 254 || !ADDRESS.matcher(to).matches()) {
            throw new InvalidInput("A mail needs one e-mail address to go to.");
        }
        String line = Objects.requireNonNull(subject, "subject").replaceAll("[\\r\\n\\t]+", " ").strip();
        if (line.isEmpty() || line.length() > MAX_SUBJECT) {
            throw new InvalidInput("A mail's subject is one line of 1 to " + MAX_SUBJECT + " characters.");
        }
        if (Objects.requireNonNull(body, "body").isBlank() || body.length() > MAX_BODY) {
            throw new InvalidInput("A mail's text is 1 to " + MAX_BODY + " characters.");
        }
        this.id = UUID.randomUUID().toString();
        this.recipient = to;
        this.subject = line;
        this.body = body;
        this.category = Objects.requireNonNull(category, "category");
        this.status = MailStatus.PENDING;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
    }

    /** Its id, also the left part of its Message-ID. */
    public String id() {
        return id;
    }

    /** The address it goes to. */
    public String recipient() {
        return recipient;
    }

    /** Its subject. */
    public String subject() {
        return subject;
    }

    /** Its text; empty once it was sent or given up. */
    public String body() {
        return body;
    }

    /** Why it is sent. */
    public MailCategory category() {
        return category;
    }

    /** Where it stands. */
    public MailStatus status() {
        return status;
    }

    /** When it was written. */
    public Instant createdAt() {
        return createdAt;
    }

    /** How many times sending it was tried. */
    public int attempts() {
        return attempts;
    }

    /** When it is tried next (meaningful while pending). */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** When it was sent, kept or given up. */
    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** Why the last attempt failed, or why it was given up. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
