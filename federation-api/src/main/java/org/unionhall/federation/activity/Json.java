package org.unionhall.federation.activity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writing helpers shared by the records. */
final class Json {

    private Json() {
    }

    static ObjectNode node(URI id, String type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id.toString());
        node.put("type", type);
        return node;
    }

    static void put(ObjectNode node, String field, URI value) {
        node.put(field, value.toString());
    }

    static void put(ObjectNode node, String field, Instant value) {
        node.put(field, value.toString());
    }

    static void putUris(ObjectNode node, String field, List<URI> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(v -> array.add(v.toString()));
        }
    }

    static void putOptional(ObjectNode node, String field, Optional<?> value) {
        value.ifPresent(v -> node.put(field, v.toString()));
    }

    static String where(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }
}
