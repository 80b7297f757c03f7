package org.unionhall.federation.activity;

import java.net.URI;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;

/**
 * A delegate's vote in a federal roll call, public by nature: the union that sends it
 * ({@code attributedTo}), the delegate, the chapter whose mandate they carry, the motion, the
 * weight (the chapter's certified membership count) and the option chosen.
 */
public record RollCallVote(URI id, URI union, URI delegate, URI chapter, URI motion, long weight, String choice)
        implements FederationObject {

    public static final String TYPE = "RollCallVote";

    public RollCallVote {
        Check.present(id, "id");
        Check.present(union, "attributedTo");
        Check.present(delegate, "delegate");
        Check.present(chapter, "chapter");
        Check.present(motion, "motion");
        Check.atLeast(weight, 1, "weight");
        Check.text(choice, "choice");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<URI> owner() {
        return Optional.of(union);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = Json.node(id, TYPE);
        Json.put(node, "attributedTo", union);
        Json.put(node, "delegate", delegate);
        Json.put(node, "chapter", chapter);
        Json.put(node, "motion", motion);
        node.put("weight", weight);
        node.put("choice", choice);
        return node;
    }

    static RollCallVote fromJson(Fields f) {
        return new RollCallVote(f.uri("id"), f.uri("attributedTo"), f.uri("delegate"), f.uri("chapter"),
                f.uri("motion"), f.integer("weight"), f.string("choice"));
    }
}
