package org.unionhall.federation.activity;

import java.net.URI;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;

/**
 * An installation's instance actor (type {@code Application}): it signs the requests the
 * installation makes in its own name, such as fetching a peer's actors and records.
 */
public record Application(URI id, String preferredUsername, URI inbox, URI outbox, HttpSignatureKey publicKey)
        implements FederationObject {

    public static final String TYPE = "Application";

    public Application {
        Check.present(id, "id");
        Check.text(preferredUsername, "preferredUsername");
        Check.present(inbox, "inbox");
        Check.present(outbox, "outbox");
        Check.present(publicKey, "publicKey").requireOwner(id);
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
        Json.put(node, "inbox", inbox);
        Json.put(node, "outbox", outbox);
        node.set("publicKey", publicKey.toJson());
        return node;
    }

    static Application fromJson(Fields f) {
        return new Application(f.uri("id"), f.string("preferredUsername"), f.uri("inbox"), f.uri("outbox"),
                HttpSignatureKey.fromJson(f));
    }
}
