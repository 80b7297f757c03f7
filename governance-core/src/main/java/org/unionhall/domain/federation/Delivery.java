package org.unionhall.domain.federation;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One activity to one recipient inbox, in the durable outbox: written in the transaction of the
 * change that causes it, signed by its {@code sender} (an {@link ActorKeys} row) when it is sent,
 * and marked delivered only once the recipient answered 2xx ({@link DeliveryRetries}). The pair of
 * activity and inbox is unique, so followers on one server with a shared inbox get one copy.
 */
@Entity
@Table(name = "federation_delivery")
@Access(AccessType.FIELD)
public class Delivery {
    /** The largest activity document sent: as large as an inbox accepts. */
    public static final int MAX_BODY = 1_048_576;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "delivery_key", nullable = false, length = 64)
    private String deliveryKey;

    @Column(name = "activity_id", nullable = false, length = 2000)
    private String activityId;

    @Column(name = "inbox_uri", nullable = false, length = 2000)
    private String inboxUri;

    @Column(name = "sender", nullable = false, length = 80)
    private String sender;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

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
    protected Delivery() {
    }

    /**
     * A delivery due at once.
     *
     * @param sender the {@link ActorKeys#actorName()} whose key signs it
     * @param body the activity document, as sent
     */
    public Delivery(URI activityId, URI inbox, String sender, String body, Instant now) {
        Objects.requireNonNull(body, "body");
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("An activity of " + body.length() + " characters is larger than an inbox takes");
        }
        this.id = UUID.randomUUID().toString();
        this.deliveryKey = keyOf(activityId, inbox);
        this.activityId = activityId.toString();
        this.inboxUri = inbox.toString();
        this.sender = Objects.requireNonNull(sender, "sender");
        this.body = body;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = Objects.requireNonNull(now);
        this.nextAttemptAt = now;
    }

    /** The key of one activity to one inbox. */
    public static String keyOf(URI activityId, URI inbox) {
        return FederationHashes.of(activityId.toString(), inbox.toString());
    }

    public String id() {
        return id;
    }

    public URI activityId() {
        return URI.create(activityId);
    }

    public URI inbox() {
        return URI.create(inboxUri);
    }

    public String sender() {
        return sender;
    }

    public String body() {
        return body;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
