package org.unionhall.federation.activity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;
import org.unionhall.federation.json.JsonFormatException;

/**
 * An activity (ActivityStreams §3.1): {@code actor} does {@code type} to {@code object}, addressed
 * to {@code to} and {@code cc}. Accept, Reject and Undo carry the activity they answer; Announce
 * carries a member's activity that a Group passes on (FEP-1b12).
 */
public record Activity(ActivityType activityType, URI id, URI actor, ObjectRef object, List<URI> to, List<URI> cc,
        Optional<Instant> published) implements FederationObject {

    public Activity {
        Objects.requireNonNull(activityType, "type");
        Check.present(id, "id");
        Check.present(actor, "actor");
        Check.present(object, "object");
        to = Check.uris(to, "to");
        cc = Check.uris(cc, "cc");
        Objects.requireNonNull(published, "published");
        if (activityType == ActivityType.ACCEPT || activityType == ActivityType.REJECT) {
            object.embedded().ifPresent(o -> {
                if (!(o instanceof Activity a) || a.activityType() != ActivityType.FOLLOW) {
                    throw new JsonFormatException("`object` of " + activityType.jsonName() + " must be a Follow");
                }
            });
        }
        if (activityType == ActivityType.UNDO && object.embedded().filter(o -> !(o instanceof Activity)).isPresent()) {
            throw new JsonFormatException("`object` of Undo must be an activity");
        }
    }

    /** {@code follower} asks to follow {@code group}. */
    public static Activity follow(URI id, URI follower, URI group) {
        return new Activity(ActivityType.FOLLOW, id, follower, ObjectRef.to(group), List.of(group), List.of(),
                Optional.empty());
    }

    /** The followed Group accepts {@code follow}, sent back to the follower. */
    public static Activity accept(URI id, Activity follow) {
        return answer(ActivityType.ACCEPT, id, follow);
    }

    /** The followed Group refuses {@code follow}. */
    public static Activity reject(URI id, Activity follow) {
        return answer(ActivityType.REJECT, id, follow);
    }

    private static Activity answer(ActivityType type, URI id, Activity follow) {
        if (follow.activityType() != ActivityType.FOLLOW) {
            throw new IllegalArgumentException(type.jsonName() + " answers a Follow");
        }
        return new Activity(type, id, follow.object().id(), ObjectRef.embed(follow), List.of(follow.actor()),
                List.of(), Optional.empty());
    }

    /** {@code actor} takes back {@code earlier}, an activity of its own. */
    public static Activity undo(URI id, Activity earlier) {
        return new Activity(ActivityType.UNDO, id, earlier.actor(), ObjectRef.embed(earlier), earlier.to(),
                earlier.cc(), Optional.empty());
    }

    /** {@code actor} publishes {@code object}. */
    public static Activity create(URI id, URI actor, FederationObject object, List<URI> to, List<URI> cc,
            Instant published) {
        return new Activity(ActivityType.CREATE, id, actor, ObjectRef.embed(object), to, cc, Optional.of(published));
    }

    /** {@code actor} replaces {@code object} with this version. */
    public static Activity update(URI id, URI actor, FederationObject object, List<URI> to, List<URI> cc,
            Instant published) {
        return new Activity(ActivityType.UPDATE, id, actor, ObjectRef.embed(object), to, cc, Optional.of(published));
    }

    /** {@code actor} deletes the object {@code object}. */
    public static Activity delete(URI id, URI actor, URI object, List<URI> to, List<URI> cc, Instant published) {
        return new Activity(ActivityType.DELETE, id, actor, ObjectRef.to(object), to, cc, Optional.of(published));
    }

    /** {@code group} passes {@code memberActivity} on to its followers (FEP-1b12). */
    public static Activity announce(URI id, URI group, Activity memberActivity, List<URI> to, List<URI> cc,
            Instant published) {
        return new Activity(ActivityType.ANNOUNCE, id, group, ObjectRef.embed(memberActivity), to, cc,
                Optional.of(published));
    }

    @Override
    public String type() {
        return activityType.jsonName();
    }

    @Override
    public Optional<URI> owner() {
        return Optional.of(actor);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = Json.node(id, type());
        Json.put(node, "actor", actor);
        node.set("object", object.toJson());
        Json.putUris(node, "to", to);
        Json.putUris(node, "cc", cc);
        Json.putOptional(node, "published", published);
        return node;
    }

    static Activity fromJson(ActivityType type, Fields f) {
        return new Activity(type, f.uri("id"), f.uri("actor"),
                ObjectRef.fromJson(f.node().get("object"), f.path("object")),
                f.uris("to"), f.uris("cc"), f.optionalInstant("published"));
    }
}
