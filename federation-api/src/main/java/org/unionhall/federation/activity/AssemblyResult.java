package org.unionhall.federation.activity;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;
import org.unionhall.federation.json.JsonFormatException;

/**
 * The outcome of a federal roll call, published by the federation's Group: the motion, the total
 * weight cast for each option, and the SHA-256 of the roll call's votes, so any peer holding the
 * same votes can check the sums.
 */
public record AssemblyResult(URI id, URI federation, URI motion, Map<String, Long> weights, String rollCallDigest)
        implements FederationObject {

    public static final String TYPE = "AssemblyResult";

    public AssemblyResult {
        Check.present(id, "id");
        Check.present(federation, "attributedTo");
        Check.present(motion, "motion");
        Check.present(weights, "weights");
        if (weights.isEmpty()) {
            throw new JsonFormatException("`weights` must name at least one option");
        }
        weights.forEach((option, weight) -> {
            Check.text(option, "weights");
            Check.atLeast(Check.present(weight, "weights." + option), 0, "weights." + option);
        });
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        Check.sha256Hex(rollCallDigest, "rollCallDigest");
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
        Json.put(node, "motion", motion);
        ObjectNode byOption = node.putObject("weights");
        weights.forEach(byOption::put);
        node.put("rollCallDigest", rollCallDigest);
        return node;
    }

    static AssemblyResult fromJson(Fields f) {
        Fields byOption = Fields.of(f.object("weights"), f.path("weights"));
        Map<String, Long> weights = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : byOption.node().properties()) {
            weights.put(entry.getKey(), byOption.integer(entry.getKey()));
        }
        return new AssemblyResult(f.uri("id"), f.uri("attributedTo"), f.uri("motion"), weights,
                f.string("rollCallDigest"));
    }
}
