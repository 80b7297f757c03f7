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
import java.util.Optional;
import java.util.UUID;
import org.unionhall.domain.membership.UnionId;

/**
 * An actor of another server (a Mastodon account, another installation's union) that follows a
 * union and so receives its public announcements, at its inbox or, when it has one, its server's
 * shared inbox.
 */
@Entity
@Table(name = "federation_follower")
@Access(AccessType.FIELD)
public class Follower {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "actor_uri", nullable = false, length = 2000)
    private String actorUri;

    @Column(name = "actor_key", nullable = false, length = 64)
    private String actorKey;

    @Column(name = "inbox_uri", nullable = false, length = 2000)
    private String inboxUri;

    @Column(name = "shared_inbox_uri", length = 2000)
    private String sharedInboxUri;

    @Column(name = "follow_id", nullable = false, length = 2000)
    private String followId;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    /** For JPA only. */
    protected Follower() {
    }

    /**
     * @param followId the id of the Follow activity, which the Accept names
     */
    public Follower(UnionId union, URI actor, URI inbox, Optional<URI> sharedInbox, URI followId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.unionId = union.toString();
        this.actorUri = actor.toString();
        this.actorKey = keyOf(actor);
        this.inboxUri = inbox.toString();
        this.sharedInboxUri = sharedInbox.map(URI::toString).orElse(null);
        this.followId = followId.toString();
        this.followedAt = Objects.requireNonNull(now);
    }

    /** The short key an actor's id is found by. */
    public static String keyOf(URI actor) {
        return FederationHashes.of(actor.toString());
    }

    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    public URI actor() {
        return URI.create(actorUri);
    }

    public URI inbox() {
        return URI.create(inboxUri);
    }

    public Optional<URI> sharedInbox() {
        return Optional.ofNullable(sharedInboxUri).map(URI::create);
    }

    /** Where deliveries go: the shared inbox when there is one, so one server gets one copy. */
    public URI deliveryInbox() {
        return sharedInbox().orElse(inbox());
    }

    public URI followId() {
        return URI.create(followId);
    }

    public Instant followedAt() {
        return followedAt;
    }
}
