package org.unionhall.federation.activity;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;
import org.unionhall.federation.json.JsonFormatException;

/**
 * A poll as Mastodon shows it ({@code Question} with {@code content} and {@code oneOf}): a
 * non-binding show of opinion among a union's followers. It decides nothing; binding votes are
 * secret ballots and roll calls.
 */
public record Question(URI id, URI attributedTo, String content, List<String> oneOf, Instant published,
        Optional<Instant> endTime, List<URI> to, List<URI> cc) implements FederationObject {

    public static final String TYPE = "Question";

    public Question {
        Check.present(id, "id");
        Check.present(attributedTo, "attributedTo");
        Check.text(content, "content");
        oneOf = Check.options(oneOf, "oneOf");
        Check.present(published, "published");
        Check.present(endTime, "endTime");
        endTime.ifPresent(end -> {
            if (!end.isAfter(published)) {
                throw new JsonFormatException("`endTime` must be after `published`");
            }
        });
        to = Check.uris(to, "to");
        cc = Check.uris(cc, "cc");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<URI> owner() {
        return Optional.of(attributedTo);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = Json.node(id, TYPE);
        Json.put(node, "attributedTo", attributedTo);
        node.put("content", content);
        ArrayNode options = node.putArray("oneOf");
        oneOf.forEach(option -> options.addObject().put("type", Note.TYPE).put("name", option));
        Json.put(node, "published", published);
        Json.putOptional(node, "endTime", endTime);
        Json.putUris(node, "to", to);
        Json.putUris(node, "cc", cc);
        return node;
    }

    static Question fromJson(Fields f) {
        List<String> options = new ArrayList<>();
        JsonNode listed = f.raw("oneOf").orElseThrow(() -> f.wrong("oneOf", "an array of options"));
        if (!listed.isArray()) {
            throw f.wrong("oneOf", "an array of options");
        }
        for (JsonNode option : listed) {
            if (!option.isObject()) {
                throw f.wrong("oneOf", "an array of options, each an object with a name");
            }
            options.add(Fields.of((ObjectNode) option, f.path("oneOf")).string("name"));
        }
        return new Question(f.uri("id"), f.uri("attributedTo"), f.string("content"), options, f.instant("published"),
                f.optionalInstant("endTime"), f.uris("to"), f.uris("cc"));
    }
}
