package org.unionhall.federation.activity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;

/**
 * A short post, the object Mastodon and most of the Fediverse show: how a union tells its
 * followers there that a motion opened, a result came in or a record was published.
 * {@code content} is HTML as ActivityStreams has it; the receiver sanitises it before showing it.
 */
public record Note(URI id, URI attributedTo, String content, Instant published, List<URI> to, List<URI> cc)
        implements FederationObject {

    public static final String TYPE = "Note";

    public Note {
        Check.present(id, "id");
        Check.present(attributedTo, "attributedTo");
        Check.text(content, "content");
        Check.present(published, "published");
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
        Json.put(node, "published", published);
        Json.putUris(node, "to", to);
        Json.putUris(node, "cc", cc);
        return node;
    }

    static Note fromJson(Fields f) {
        return new Note(f.uri("id"), f.uri("attributedTo"), f.string("content"), f.instant("published"),
                f.uris("to"), f.uris("cc"));
    }
}
