package org.unionhall.federation.origin;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.activity.Activity;
import org.unionhall.federation.activity.ActivityType;
import org.unionhall.federation.activity.Application;
import org.unionhall.federation.activity.Group;
import org.unionhall.federation.activity.FederationObject;
import org.unionhall.federation.activity.Received;
import org.unionhall.federation.origin.OriginVerdict.Accepted;
import org.unionhall.federation.origin.OriginVerdict.Authentication;
import org.unionhall.federation.origin.OriginVerdict.Refused;
import org.unionhall.federation.proof.EddsaJcs2022;
import org.unionhall.federation.proof.Multikey;
import org.unionhall.federation.proof.ProofVerdict;

/**
 * The inbox's origin checks (FEP-fe34), a pure function of the activity as received, the actor
 * whose key made the request's HTTP signature (already verified by the caller) and the Multikeys
 * of actors already held (for FEP-8b32 proofs; nothing is fetched here). In order:
 * <ol>
 * <li>the activity is authenticated: its own valid proof by its actor, else an HTTP signature by a
 *     key its actor owns (FEP-fe34 §Authentication 2, 3); a proof that fails is refused, not
 *     passed over;</li>
 * <li>the activity's id has its actor's origin (§Ownership);</li>
 * <li>Update, Delete and Undo touch only an object of the actor's origin, and Create makes only an
 *     object the actor owns (§Create, update and delete);</li>
 * <li>an embedded object is believed only when it and its owner are of the actor's origin, or when
 *     it carries a valid proof by its owner with a key of its own origin; otherwise only its id
 *     may be used (§Authentication 4).</li>
 * </ol>
 * {@link #refuseActor} checks an actor document fetched to learn an actor's inbox and keys.
 */
public final class OriginRules {

    private OriginRules() {
    }

    /**
     * Judges {@code received}. {@code signingKeyOwner} is the actor owning the key that made the
     * request's verified HTTP signature (empty when the request carried none, e.g. a message
     * read from a mirror); {@code keys} finds an actor's Multikey by its id.
     */
    public static OriginVerdict judge(Received received, Optional<URI> signingKeyOwner,
            Function<URI, Optional<Multikey>> keys) {
        Activity activity = received.activity();
        URI actor = activity.actor();
        ObjectNode json = received.json();

        Authentication how;
        if (json.has("proof")) {
            ProofVerdict proof = EddsaJcs2022.verify(json, keys);
            if (!proof.isValid()) {
                return new Refused("the activity's integrity proof is refused: " + proof.reason());
            }
            how = Authentication.INTEGRITY_PROOF;
        } else if (signingKeyOwner.isEmpty()) {
            return new Refused("the activity carries neither an HTTP signature nor an integrity proof");
        } else if (!signingKeyOwner.get().equals(actor)) {
            return new Refused("the request was signed with a key of " + signingKeyOwner.get()
                    + ", not of the activity's actor " + actor);
        } else {
            how = Authentication.HTTP_SIGNATURE;
        }

        if (!Origin.same(activity.id(), actor)) {
            return new Refused("the activity id " + activity.id() + " is not of its actor's origin " + Origin.of(actor));
        }

        URI objectId = activity.object().id();
        Optional<FederationObject> embedded = activity.object().embedded();
        Optional<URI> objectOwner = embedded.flatMap(FederationObject::owner);
        ActivityType type = activity.activityType();
        if (type.changesItsObject()) {
            if (!Origin.same(objectId, actor)) {
                return new Refused(type.jsonName() + " may only touch an object of its actor's origin "
                        + Origin.of(actor) + ", not " + objectId);
            }
            if (objectOwner.isPresent() && !Origin.same(objectOwner.get(), actor)) {
                return new Refused(type.jsonName() + " may only touch an object owned at its actor's origin, not one of "
                        + objectOwner.get());
            }
        }
        if (type == ActivityType.CREATE && objectOwner.isPresent() && !objectOwner.get().equals(actor)) {
            return new Refused("Create by " + actor + " of an object owned by " + objectOwner.get()
                    + ": only an object's owner may create it");
        }

        if (embedded.isEmpty()) {
            return new Accepted(activity, how, ObjectTrust.REFERENCE, "accepted; the object is named by id");
        }
        if (Origin.same(objectId, actor) && objectOwner.map(owner -> Origin.same(owner, actor)).orElse(true)) {
            return new Accepted(activity, how, ObjectTrust.SAME_ORIGIN, "accepted; the object is of the actor's origin");
        }
        JsonNode objectJson = json.get("object");
        if (objectJson instanceof ObjectNode signedObject && signedObject.has("proof")) {
            ProofVerdict proof = EddsaJcs2022.verify(signedObject, keys);
            if (proof.isValid() && Origin.same(proof.controller().orElseThrow(), objectId)) {
                return new Accepted(activity, how, ObjectTrust.PROVEN,
                        "accepted; the object carries a valid proof by its owner " + proof.controller().get());
            }
            return new Accepted(activity, how, ObjectTrust.FETCH_BY_ID,
                    "accepted; the embedded object's proof is refused (" + proof.reason() + "), fetch it by id");
        }
        return new Accepted(activity, how, ObjectTrust.FETCH_BY_ID,
                "accepted; the embedded object is another origin's claim, fetch it by id");
    }

    /**
     * Judges an actor document fetched from {@code fetchedFrom} (the last URL after redirects): it
     * is authentic only if its id has that URL's origin (FEP-fe34 §Authentication 1), and it may
     * only name an inbox, outbox, followers collection and keys of its own origin (§Implicit
     * ownership), so that a peer cannot route a union's deliveries or proofs elsewhere.
     */
    public static Optional<String> refuseActor(FederationObject actor, URI fetchedFrom) {
        if (!Origin.same(actor.id(), fetchedFrom)) {
            return Optional.of("the actor " + actor.id() + " was served by another origin, " + Origin.of(fetchedFrom));
        }
        List<URI> named = new ArrayList<>();
        if (actor instanceof Group group) {
            named.addAll(List.of(group.inbox(), group.outbox(), group.followers(), group.publicKey().id()));
            group.assertionMethod().forEach(key -> named.add(key.id()));
        } else if (actor instanceof Application application) {
            named.addAll(List.of(application.inbox(), application.outbox(), application.publicKey().id()));
        } else {
            return Optional.of("a " + actor.type() + " is not an actor of the federation");
        }
        return named.stream().filter(uri -> !Origin.same(uri, actor.id())).findFirst()
                .map(uri -> "the actor " + actor.id() + " names " + uri + ", which is not of its origin " + Origin.of(actor.id()));
    }
}
