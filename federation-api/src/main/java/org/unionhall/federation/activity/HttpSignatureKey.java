package org.unionhall.federation.activity;

import java.net.URI;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;
import org.unionhall.federation.json.JsonFormatException;

/**
 * An actor's key for HTTP signatures as the Fediverse publishes it (security vocabulary v1):
 * {@code publicKey {id, owner, publicKeyPem}}; the owner is the actor.
 */
public record HttpSignatureKey(URI id, URI owner, String publicKeyPem) {

    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    public HttpSignatureKey {
        Check.present(id, "publicKey.id");
        Check.present(owner, "publicKey.owner");
        Check.present(publicKeyPem, "publicKey.publicKeyPem");
        String pem = publicKeyPem.strip();
        if (!pem.startsWith(BEGIN) || !pem.endsWith(END)) {
            throw new JsonFormatException("`publicKey.publicKeyPem` must be a PEM public key (" + BEGIN + ")");
        }
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id.toString());
        node.put("owner", owner.toString());
        node.put("publicKeyPem", publicKeyPem);
        return node;
    }

    static HttpSignatureKey fromJson(Fields actor) {
        Fields f = Fields.of(actor.object("publicKey"), actor.path("publicKey"));
        return new HttpSignatureKey(f.uri("id"), f.uri("owner"), f.string("publicKeyPem"));
    }

    /** Refuses a key whose owner is not {@code actor}. */
    void requireOwner(URI actor) {
        if (!owner.equals(actor)) {
            throw new JsonFormatException("`publicKey.owner` must be the actor " + actor + ", not " + owner);
        }
    }
}
