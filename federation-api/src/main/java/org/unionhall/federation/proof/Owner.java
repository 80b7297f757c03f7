package org.unionhall.federation.proof;

import java.net.URI;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The owner of a document (FEP-fe34 §Ownership): the {@code actor} of an activity, the
 * {@code attributedTo} of an object, or the actor itself for an actor document (one that holds an
 * {@code inbox}). Only the owner's key may prove a document.
 */
public final class Owner {

    private Owner() {
    }

    /** The owner, or empty when the document names none or names it in a shape we do not read. */
    public static Optional<URI> of(ObjectNode document) {
        for (String field : new String[] {"actor", "attributedTo"}) {
            JsonNode value = document.get(field);
            if (value != null) {
                return value.isTextual() ? uri(value.asText()) : Optional.empty();
            }
        }
        JsonNode id = document.get("id");
        if (document.has("inbox") && id != null && id.isTextual()) {
            return uri(id.asText());
        }
        return Optional.empty();
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(URI.create(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
