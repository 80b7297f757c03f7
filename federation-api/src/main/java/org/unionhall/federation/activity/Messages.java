package org.unionhall.federation.activity;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;
import org.unionhall.federation.json.JsonFormatException;
import org.unionhall.federation.json.StrictJson;
import org.unionhall.federation.json.Vocabulary;

/**
 * Whole federation documents: writing one with our fixed {@code @context}, and reading one
 * strictly (see {@link StrictJson}) into the record of its {@code type}. Types we do not model
 * are kept as {@link ForeignObject}s when embedded, and refused as documents of their own.
 */
public final class Messages {

    private Messages() {
    }

    /** The document of {@code message}: our {@code @context} first, then its fields. */
    public static ObjectNode document(FederationObject message) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("@context", Vocabulary.context());
        document.setAll(message.toJson());
        return document;
    }

    /** The document of {@code message} as compact text. */
    public static String write(FederationObject message) {
        return StrictJson.write(document(message));
    }

    /** Reads a document as another server sent it (UTF-8 bytes). */
    public static Received read(byte[] utf8) {
        ObjectNode document = StrictJson.read(utf8);
        if (!Vocabulary.acceptsContext(document.get("@context"))) {
            throw new JsonFormatException("`@context` must include " + Vocabulary.ACTIVITY_STREAMS);
        }
        FederationObject message = fromJson(document, "");
        if (message instanceof ForeignObject) {
            throw new JsonFormatException("`type` " + message.type() + " is not a message the federation exchanges");
        }
        return new Received(message, document);
    }

    /** Reads a document given as text. */
    public static Received read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads one object, embedded or whole; {@code where} names its place in messages. */
    static FederationObject fromJson(ObjectNode node, String where) {
        Fields f = Fields.of(node, where);
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new JsonFormatException("`" + f.path("type") + "` must be a string");
        }
        String name = type.asText();
        return ActivityType.byJsonName(name).<FederationObject>map(t -> Activity.fromJson(t, f)).orElseGet(() ->
                switch (name) {
                    case Group.TYPE -> Group.fromJson(f);
                    case Application.TYPE -> Application.fromJson(f);
                    case Note.TYPE -> Note.fromJson(f);
                    case Question.TYPE -> Question.fromJson(f);
                    case Motion.TYPE -> Motion.fromJson(f);
                    case RollCallVote.TYPE -> RollCallVote.fromJson(f);
                    case CertifiedMembershipCount.TYPE -> CertifiedMembershipCount.fromJson(f);
                    case ElectionRecordAnnouncement.TYPE -> ElectionRecordAnnouncement.fromJson(f);
                    case LedgerCheckpoint.TYPE -> LedgerCheckpoint.fromJson(f);
                    case AssemblyResult.TYPE -> AssemblyResult.fromJson(f);
                    default -> ForeignObject.fromJson(f);
                });
    }
}
