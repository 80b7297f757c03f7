package org.unionhall.federation.activity;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.unionhall.federation.json.Fields;
import org.unionhall.federation.json.JsonFormatException;

/**
 * The {@code object} of an activity: an id only, or an embedded object with that id. An embedded
 * object is a claim of the sender; whether it can be believed is for
 * {@link org.unionhall.federation.origin.OriginRules} to say.
 */
public record ObjectRef(URI id, Optional<FederationObject> embedded) {

    public ObjectRef {
        Objects.requireNonNull(id, "object id");
        Objects.requireNonNull(embedded, "embedded");
        if (embedded.isPresent() && !embedded.get().id().equals(id)) {
            throw new IllegalArgumentException("an embedded object's id must be the reference's id");
        }
    }

    /** A reference by id only. */
    public static ObjectRef to(URI id) {
        return new ObjectRef(id, Optional.empty());
    }

    /** An embedded object. */
    public static ObjectRef embed(FederationObject object) {
        return new ObjectRef(object.id(), Optional.of(object));
    }

    JsonNode toJson() {
        return embedded.<JsonNode>map(FederationObject::toJson).orElseGet(() -> TextNode.valueOf(id.toString()));
    }

    static ObjectRef fromJson(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            throw new JsonFormatException("`" + where + "` is missing (it must be a string or an object)");
        }
        if (node.isTextual()) {
            return to(Fields.parseUri(where, node.asText()));
        }
        if (node.isObject()) {
            return embed(Messages.fromJson((ObjectNode) node, where));
        }
        throw new JsonFormatException("`" + where + "` must be a string or an object");
    }
}
