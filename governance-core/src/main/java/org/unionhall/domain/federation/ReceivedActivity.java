package org.unionhall.domain.federation;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * An activity that arrived at an inbox, verified and applied: its id is kept so that the same
 * activity delivered again (a retry, a replay, a second copy through a shared inbox) is answered
 * and applied no more.
 */
@Entity
@Table(name = "federation_received")
@Access(AccessType.FIELD)
public class ReceivedActivity {
    @Id
    @Column(name = "activity_key", length = 64)
    private String activityKey;

    @Column(name = "activity_id", nullable = false, length = 2000)
    private String activityId;

    @Column(name = "activity_type", nullable = false, length = 40)
    private String activityType;

    @Column(name = "actor_uri", nullable = false, length = 2000)
    private String actorUri;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** For JPA only. */
    protected ReceivedActivity() {
    }

    public ReceivedActivity(URI activityId, String activityType, URI actor, Instant now) {
        this.activityKey = keyOf(activityId);
        this.activityId = activityId.toString();
        this.activityType = activityType.length() > 40 ? activityType.substring(0, 40) : activityType;
        this.actorUri = actor.toString();
        this.receivedAt = Objects.requireNonNull(now);
    }

    /** The short key an activity id is found by. */
    public static String keyOf(URI activityId) {
        return FederationHashes.of(activityId.toString());
    }

    public URI activityId() {
        return URI.create(activityId);
    }

    public String activityType() {
        return activityType;
    }

    public URI actor() {
        return URI.create(actorUri);
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
