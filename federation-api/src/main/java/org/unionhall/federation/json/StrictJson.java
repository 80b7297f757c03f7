package org.unionhall.federation.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes federation documents. Reading is strict, as an inbox must be: a document is
 * one JSON object of at most {@link #MAX_DOCUMENT_BYTES}, with no duplicate key, no nesting deeper
 * than {@link #MAX_DEPTH}, no string longer than {@link #MAX_STRING_CHARS} and nothing after it.
 */
public final class StrictJson {

    /** The largest document accepted: 1 MiB. */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;
    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 32;
    /** The longest string (or key) accepted: 64 KiB of characters. */
    public static final int MAX_STRING_CHARS = 64 * 1024;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_CHARS = 64;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNameLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {
    }

    /** Reads one JSON object from UTF-8 bytes. */
    public static ObjectNode read(byte[] utf8) {
        if (utf8.length > MAX_DOCUMENT_BYTES) {
            throw new JsonFormatException("the document is " + utf8.length + " bytes, more than the "
                    + MAX_DOCUMENT_BYTES + " accepted");
        }
        try {
            return object(MAPPER.readTree(utf8));
        } catch (JsonProcessingException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new JsonFormatException("the document could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads one JSON object from text. */
    public static ObjectNode read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a document compactly, as UTF-8 text. */
    public static String write(JsonNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static ObjectNode object(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            throw new JsonFormatException("the document is empty");
        }
        if (!node.isObject()) {
            throw new JsonFormatException("the document must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private static JsonFormatException refusal(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        String reason;
        if (message.startsWith("Duplicate field")) {
            reason = "duplicate key: " + message;
        } else if (message.contains("nesting depth")) {
            reason = "the document nests deeper than " + MAX_DEPTH + " levels";
        } else if (message.contains("String value length")) {
            reason = "a string is longer than " + MAX_STRING_CHARS + " characters";
        } else if (message.contains("Name length")) {
            reason = "a key is longer than " + MAX_STRING_CHARS + " characters";
        } else if (message.contains("Document length") || message.contains("document length")) {
            reason = "the document is longer than " + MAX_DOCUMENT_BYTES + " bytes";
        } else if (message.contains("Number value length")) {
            reason = "a number is longer than " + MAX_NUMBER_CHARS + " characters";
        } else {
            reason = "not valid JSON: " + message;
        }
        return new JsonFormatException(reason, e);
    }
}
