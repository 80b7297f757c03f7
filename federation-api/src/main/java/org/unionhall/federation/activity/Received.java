package org.unionhall.federation.activity;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.JsonFormatException;

/**
 * A message as read, with the exact JSON it came in: integrity proofs are checked on that JSON
 * (which may hold fields the record does not keep), never on a rewritten copy.
 */
public final class Received {

    private final FederationObject message;
    private final ObjectNode json;

    Received(FederationObject message, ObjectNode json) {
        this.message = Objects.requireNonNull(message);
        this.json = json.deepCopy();
    }

    /** A message of our own, with the document we would send. */
    public static Received of(FederationObject message) {
        return new Received(message, Messages.document(message));
    }

    /** The message read. */
    public FederationObject message() {
        return message;
    }

    /** The JSON received (a copy). */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /** The message as an activity, or a refusal if it is not one. */
    public Activity activity() {
        if (message instanceof Activity activity) {
            return activity;
        }
        throw new JsonFormatException(
                "the document is a " + message.type() + ", not an activity");
    }
}
