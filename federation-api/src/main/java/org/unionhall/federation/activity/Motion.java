package org.unionhall.federation.activity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;
import org.unionhall.federation.json.JsonFormatException;

/**
 * A motion before a federation's assembly, published by the federation's Group
 * ({@code attributedTo}): its title ({@code name}), its text ({@code content}), when the roll call
 * opens and closes, and the options delegates choose among.
 */
public record Motion(URI id, URI federation, String title, String text, Instant opens, Instant closes,
        List<String> options) implements FederationObject {

    public static final String TYPE = "Motion";

    public Motion {
        Check.present(id, "id");
        Check.present(federation, "attributedTo");
        Check.text(title, "name");
        Check.text(text, "content");
        Check.present(opens, "opens");
        Check.present(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new JsonFormatException("`closes` must be after `opens`");
        }
        options = Check.options(options, "options");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<URI> owner() {
        return Optional.of(federation);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = Json.node(id, TYPE);
        Json.put(node, "attributedTo", federation);
        node.put("name", title);
        node.put("content", text);
        Json.put(node, "opens", opens);
        Json.put(node, "closes", closes);
        ArrayNode array = node.putArray("options");
        options.forEach(array::add);
        return node;
    }

    static Motion fromJson(Fields f) {
        return new Motion(f.uri("id"), f.uri("attributedTo"), f.string("name"), f.string("content"),
                f.instant("opens"), f.instant("closes"), f.strings("options"));
    }
}
