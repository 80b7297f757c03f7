package org.unionhall.domain.federation;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.UnionId;

/**
 * What this installation keeps of its federation: its actors' keys, the unions' followers, the
 * activities received, the outbox of deliveries, the signature style each peer takes, and the
 * announcements already posted. Every write that must happen once is guarded by a unique key, so
 * two nodes (or a retried request) cannot do it twice.
 */
public interface FederationRecords {

    /** The keys of an actor of this installation, if made. */
    Optional<ActorKeys> keys(String actorName);

    /** Stores an actor's new keys; refused (a unique violation) if another node made them first. */
    void addKeys(ActorKeys keys);

    /**
     * Records an activity as received, unless it already was.
     *
     * @return true the first time, false for an activity already received (it must not be applied again)
     */
    boolean recordReceived(ReceivedActivity activity);

    /** Whether an activity with this id was received. */
    boolean received(URI activityId);

    /** The followers of a union, oldest first. */
    List<Follower> followers(UnionId union);

    /** How many actors follow a union. */
    long followerCount(UnionId union);

    /** The follower of a union with this actor id. */
    Optional<Follower> follower(UnionId union, URI actor);

    /** Adds a follower; a second Follow by the same actor keeps the first row. */
    void addFollower(Follower follower);

    /** Removes an actor from a union's followers; whether it followed. */
    boolean removeFollower(UnionId union, URI actor);

    /**
     * Queues a delivery unless the same activity is already queued for the same inbox.
     *
     * @return whether it was queued
     */
    boolean queue(Delivery delivery);

    /** A delivery by id. */
    Optional<Delivery> delivery(String id);

    /** The deliveries of an activity, by inbox. */
    List<Delivery> deliveriesOf(URI activityId);

    /** Pending deliveries due at {@code now}, the longest waiting first. */
    List<Delivery> due(Instant now, int limit);

    /**
     * Claims a due delivery for one attempt: counts the attempt and holds it back until
     * {@code until}, if it is still pending with {@code attemptsSeen} attempts. A node that loses
     * the race gets false and leaves it.
     */
    boolean claim(String deliveryId, int attemptsSeen, Instant until);

    /** Writes the outcome of an attempt. */
    void settle(String deliveryId, DeliveryOutcome outcome);

    /** How many deliveries have the status. */
    long countDeliveries(DeliveryStatus status);

    /** The signature style a peer (by host) last accepted: {@code CAVAGE_12} or {@code RFC_9421}. */
    Optional<String> signatureStyle(String host);

    /** Remembers the style a peer accepted. */
    void rememberSignatureStyle(String host, String style, Instant now);

    /**
     * Records an announcement as posted, unless it already was.
     *
     * @param subjectId the motion's or election's id
     * @param kind {@code VOTE_OPENED} or {@code RESULT_PUBLISHED}
     * @return true the first time
     */
    boolean recordAnnouncement(String subjectId, String kind, UnionId union, URI activityId, Instant now);

    /** Union motions in their vote that were not announced yet: id, union id and closing time. */
    List<OpenVote> unannouncedVotes(int limit);

    /**
     * A union motion in its vote.
     *
     * @param closes when its vote closes, if set
     */
    record OpenVote(String motionId, UnionId union, Optional<Instant> closes) {
    }
}
