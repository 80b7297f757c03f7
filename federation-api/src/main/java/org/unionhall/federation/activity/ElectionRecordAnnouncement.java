package org.unionhall.federation.activity;

import java.net.URI;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;

/**
 * A union's word that an election's record is published: where to download it, the SHA-256 of the
 * record zip (so a peer that mirrors it can prove later what was first published) and the result
 * in a sentence.
 */
public record ElectionRecordAnnouncement(URI id, URI union, URI election, URI record, String recordSha256,
        String resultSummary) implements FederationObject {

    public static final String TYPE = "ElectionRecordAnnouncement";

    public ElectionRecordAnnouncement {
        Check.present(id, "id");
        Check.present(union, "attributedTo");
        Check.present(election, "election");
        Check.present(record, "record");
        Check.sha256Hex(recordSha256, "recordSha256");
        Check.text(resultSummary, "resultSummary");
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
        Json.put(node, "election", election);
        Json.put(node, "record", record);
        node.put("recordSha256", recordSha256);
        node.put("resultSummary", resultSummary);
        return node;
    }

    static ElectionRecordAnnouncement fromJson(Fields f) {
        return new ElectionRecordAnnouncement(f.uri("id"), f.uri("attributedTo"), f.uri("election"),
                f.uri("record"), f.string("recordSha256"), f.string("resultSummary"));
    }
}
