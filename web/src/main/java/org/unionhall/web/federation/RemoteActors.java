package org.unionhall.web.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.domain.federation.ActorKeys;
import org.unionhall.federation.json.JsonFormatException;
import org.unionhall.federation.json.StrictJson;
import org.unionhall.federation.origin.Origin;
import org.unionhall.federation.proof.Multikey;
import org.unionhall.federation.signature.HttpHeaders;
import org.unionhall.federation.signature.HttpMessage;
import org.unionhall.federation.signature.Pem;
import org.unionhall.federation.signature.RequestSigner;
import org.unionhall.federation.signature.SignatureStyle;

/**
 * Finds the actors that sign requests to our inboxes: fetches the document their key id names
 * (an actor, or a key whose owner is then fetched), checks that the actor, its inbox and its key
 * are all of the origin it was served from and that the key's owner is the actor, and keeps it for
 * {@link #KEEP}. A signature that fails with a kept key may ask for it again
 * ({@link #refetch}), at most once per key every {@code unionhall.federation.key-refetch-seconds}
 * (60 by default): that is how a
 * rotated key is picked up without letting a stream of bad signatures make us fetch. Fetches are
 * signed GETs by the instance actor (servers in authorized-fetch mode want them), time out after
 * {@link #TIMEOUT}, follow no redirect, read at most 1 MiB and go only where {@link PeerAddresses}
 * allows.
 */
@ApplicationScoped
public class RemoteActors {
    private static final Logger LOG = Logger.getLogger(RemoteActors.class.getName());
    static final Duration KEEP = Duration.ofHours(24);
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String ACCEPT = "application/activity+json, application/ld+json; "
            + "profile=\"https://www.w3.org/ns/activitystreams\"";

    private final Map<URI, RemoteActor> byKey = new ConcurrentHashMap<>();
    private final Map<URI, RemoteActor> byActor = new ConcurrentHashMap<>();
    private final Map<URI, Instant> lastFetch = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Clock clock = Clock.systemUTC();

    @Inject
    FederationSettings settings;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "unionhall.federation.key-refetch-seconds",
            defaultValue = "60")
    long refetchSeconds;

    @Inject
    FederationKeys keys;

    @Inject
    ActorDocuments documents;

    /** A fetch that did not give a usable actor, with the reason. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String reason) {
            super(reason);
        }
    }

    /** The actor of the key {@code keyId}, kept or fetched. */
    RemoteActor byKeyId(URI keyId) throws Unusable {
        RemoteActor kept = byKey.get(keyId);
        if (kept != null && kept.fetchedAt().plus(KEEP).isAfter(clock.instant())) {
            return kept;
        }
        return fetchKey(keyId);
    }

    /** Whether the key {@code keyId} is kept (and fresh), so that using it fetches nothing. */
    boolean isKept(URI keyId) {
        RemoteActor kept = byKey.get(keyId);
        return kept != null && kept.fetchedAt().plus(KEEP).isAfter(clock.instant());
    }

    /** Whether the kept key {@code keyId} may be fetched again now (rate-limited). */
    boolean mayRefetch(URI keyId) {
        Instant last = lastFetch.get(keyId);
        return last == null || !last.plus(Duration.ofSeconds(refetchSeconds)).isAfter(clock.instant());
    }

    /** Fetches the key {@code keyId} again, replacing the kept one. */
    RemoteActor refetch(URI keyId) throws Unusable {
        return fetchKey(keyId);
    }

    /** The actor {@code id}, kept or fetched. */
    RemoteActor actor(URI id) throws Unusable {
        RemoteActor kept = byActor.get(id);
        if (kept != null && kept.fetchedAt().plus(KEEP).isAfter(clock.instant())) {
            return kept;
        }
        RemoteActor fetched = fromActorDocument(withoutFragment(id), fetch(withoutFragment(id)), Optional.empty());
        if (!fetched.id().equals(id)) {
            throw new Unusable("the document at " + id + " is the actor " + fetched.id());
        }
        return keep(fetched);
    }

    private RemoteActor fetchKey(URI keyId) throws Unusable {
        lastFetch.put(keyId, clock.instant());
        URI url = withoutFragment(keyId);
        ObjectNode doc = fetch(url);
        RemoteActor actor;
        if (doc.has("publicKeyPem") && doc.has("owner")) {
            URI owner = uri(doc.get("owner"), "owner");
            if (!Origin.same(owner, url)) {
                throw new Unusable("the key " + keyId + " names an owner of another origin, " + owner);
            }
            actor = fromActorDocument(withoutFragment(owner), fetch(withoutFragment(owner)), Optional.of(keyId));
        } else {
            actor = fromActorDocument(url, doc, Optional.of(keyId));
        }
        return keep(actor);
    }

    private RemoteActor keep(RemoteActor actor) {
        byKey.put(actor.keyId(), actor);
        byActor.put(actor.id(), actor);
        return actor;
    }

    private RemoteActor fromActorDocument(URI fetchedFrom, ObjectNode doc, Optional<URI> wantedKey) throws Unusable {
        URI id = uri(doc.get("id"), "id");
        if (!Origin.same(id, fetchedFrom)) {
            throw new Unusable("the actor " + id + " was served by another origin, " + fetchedFrom);
        }
        URI inbox = uri(doc.get("inbox"), "inbox");
        Optional<URI> shared = Optional.empty();
        if (doc.get("endpoints") instanceof ObjectNode endpoints && endpoints.has("sharedInbox")) {
            shared = Optional.of(uri(endpoints.get("sharedInbox"), "endpoints.sharedInbox"));
        }
        JsonNode keyNode = doc.get("publicKey");
        ObjectNode key = null;
        if (keyNode instanceof ObjectNode single) {
            key = single;
        } else if (keyNode != null && keyNode.isArray()) {
            for (JsonNode k : keyNode) {
                if (k instanceof ObjectNode candidate && (wantedKey.isEmpty()
                        || wantedKey.get().toString().equals(candidate.path("id").asText()))) {
                    key = candidate;
                    break;
                }
            }
        }
        if (key == null) {
            throw new Unusable("the actor " + id + " publishes no publicKey" + wantedKey.map(k -> " " + k).orElse(""));
        }
        URI keyId = uri(key.get("id"), "publicKey.id");
        if (wantedKey.isPresent() && !wantedKey.get().equals(keyId)) {
            throw new Unusable("the actor " + id + " does not publish the key " + wantedKey.get());
        }
        if (key.has("owner") && !uri(key.get("owner"), "publicKey.owner").equals(id)) {
            throw new Unusable("the key " + keyId + " is owned by " + key.get("owner").asText() + ", not by " + id);
        }
        for (URI named : shared.map(s -> new URI[] {inbox, keyId, s}).orElse(new URI[] {inbox, keyId})) {
            if (!Origin.same(named, id)) {
                throw new Unusable("the actor " + id + " names " + named + ", which is not of its origin");
            }
        }
        PublicKey publicKey;
        try {
            publicKey = Pem.readPublicKey(key.path("publicKeyPem").asText(""));
        } catch (IllegalArgumentException e) {
            throw new Unusable("the key " + keyId + " is unreadable: " + e.getMessage());
        }
        List<Multikey> multikeys = new ArrayList<>();
        JsonNode listed = doc.get("assertionMethod");
        if (listed != null) {
            for (JsonNode m : listed.isArray() ? listed : JsonNodeFactory.instance.arrayNode().add(listed)) {
                if (m instanceof ObjectNode method && "Multikey".equals(method.path("type").asText())) {
                    try {
                        Multikey multikey = Multikey.fromJson(method, "assertionMethod");
                        if (multikey.controller().equals(id) && Origin.same(multikey.id(), id)) {
                            multikeys.add(multikey);
                        }
                    } catch (RuntimeException unreadable) {
                        LOG.fine(() -> "The actor " + id + " lists an unreadable Multikey: " + unreadable.getMessage());
                    }
                }
            }
        }
        return new RemoteActor(id, inbox, shared, keyId, publicKey, List.copyOf(multikeys), clock.instant());
    }

    private ObjectNode fetch(URI url) throws Unusable {
        Optional<String> refused = PeerAddresses.refusal(url, settings);
        if (refused.isPresent()) {
            throw new Unusable("not fetched: " + refused.get());
        }
        HttpHeaders headers = HttpHeaders.builder().add("Host", hostOf(url)).add("Accept", ACCEPT).build();
        HttpMessage unsigned = HttpMessage.request("GET", url, headers, new byte[0]);
        HttpHeaders signed = headers.replacingAll(new RequestSigner(clock).sign(unsigned,
                documents.keyId(ActorKeys.INSTANCE).toString(), keys.signingKey(ActorKeys.INSTANCE),
                SignatureStyle.CAVAGE_12));
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET();
        for (String name : signed.names()) {
            if (!name.equalsIgnoreCase("Host")) {
                signed.all(name).forEach(v -> request.header(name, v));
            }
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new Unusable("fetching " + url + " answered " + response.statusCode());
                }
                byte[] body = in.readNBytes(StrictJson.MAX_DOCUMENT_BYTES + 1);
                return StrictJson.read(body);
            }
        } catch (JsonFormatException e) {
            throw new Unusable("the document at " + url + " is refused: " + e.getMessage());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Fetching " + url + " failed", e);
            throw new Unusable("fetching " + url + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unusable("fetching " + url + " was interrupted");
        }
    }

    static String hostOf(URI url) {
        return url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    private static URI uri(JsonNode node, String field) throws Unusable {
        if (node == null || !node.isTextual()) {
            throw new Unusable("`" + field + "` must be a URI string");
        }
        try {
            URI uri = new URI(node.asText());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new Unusable("`" + field + "` must be an absolute URI: " + node.asText());
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new Unusable("`" + field + "` is not a URI: " + node.asText());
        }
    }

    static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }
}
