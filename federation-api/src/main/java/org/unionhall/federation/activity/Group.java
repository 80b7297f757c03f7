package org.unionhall.federation.activity;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;
import org.unionhall.federation.json.JsonFormatException;
import org.unionhall.federation.proof.Multikey;

/**
 * A union, or a federation of unions, as an ActivityPub actor of type {@code Group}: its inbox,
 * outbox and followers; its RSA key for HTTP signatures ({@code publicKey}); and its Ed25519 keys
 * for object integrity proofs ({@code assertionMethod}, FEP-521a), each controlled by the Group.
 */
public record Group(URI id, String preferredUsername, String name, Optional<String> summary, URI inbox, URI outbox,
        URI followers, HttpSignatureKey publicKey, List<Multikey> assertionMethod) implements FederationObject {

    public static final String TYPE = "Group";

    public Group {
        Check.present(id, "id");
        Check.text(preferredUsername, "preferredUsername");
        Check.text(name, "name");
        Check.present(summary, "summary");
        Check.present(inbox, "inbox");
        Check.present(outbox, "outbox");
        Check.present(followers, "followers");
        Check.present(publicKey, "publicKey").requireOwner(id);
        assertionMethod = List.copyOf(Check.present(assertionMethod, "assertionMethod"));
        for (Multikey key : assertionMethod) {
            if (!key.controller().equals(id)) {
                throw new JsonFormatException("`assertionMethod` keys must be controlled by the Group " + id
                        + ", not " + key.controller());
            }
        }
    }

    /** The Multikey named {@code keyId}, if the Group lists it. */
    public Optional<Multikey> assertionKey(URI keyId) {
        return assertionMethod.stream().filter(k -> k.id().equals(keyId)).findFirst();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<URI> owner() {
        return Optional.of(id);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = Json.node(id, TYPE);
        node.put("preferredUsername", preferredUsername);
        node.put("name", name);
        summary.ifPresent(s -> node.put("summary", s));
        Json.put(node, "inbox", inbox);
        Json.put(node, "outbox", outbox);
        Json.put(node, "followers", followers);
        node.set("publicKey", publicKey.toJson());
        ArrayNode keys = node.putArray("assertionMethod");
        assertionMethod.forEach(k -> keys.add(k.toJson()));
        return node;
    }

    static Group fromJson(Fields f) {
        List<Multikey> keys = new ArrayList<>();
        Optional<JsonNode> listed = f.raw("assertionMethod");
        if (listed.isPresent()) {
            if (!listed.get().isArray()) {
                throw f.wrong("assertionMethod", "an array of Multikey objects");
            }
            for (JsonNode key : listed.get()) {
                if (!key.isObject()) {
                    throw f.wrong("assertionMethod", "an array of Multikey objects");
                }
                keys.add(Multikey.fromJson((ObjectNode) key, f.path("assertionMethod")));
            }
        }
        return new Group(f.uri("id"), f.string("preferredUsername"), f.string("name"), f.optionalString("summary"),
                f.uri("inbox"), f.uri("outbox"), f.uri("followers"), HttpSignatureKey.fromJson(f), keys);
    }
}
