package org.unionhall.federation.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FieldsTest {

    private static Fields fields(String json) {
        return Fields.of(StrictJson.read(json), "");
    }

    private static String refusal(org.junit.jupiter.api.function.Executable read) {
        return assertThrows(JsonFormatException.class, read).getMessage();
    }

    @Test
    void readsIntegersAndRefusesEverythingElseWhereAnIntegerIsExpected() {
        assertEquals(42, fields("{\"weight\":42}").integer("weight"));
        assertEquals("`weight` must be an integer", refusal(() -> fields("{\"weight\":1.5}").integer("weight")));
        assertEquals("`weight` must be an integer", refusal(() -> fields("{\"weight\":1.0}").integer("weight")));
        assertEquals("`weight` must be an integer", refusal(() -> fields("{\"weight\":1e3}").integer("weight")));
        assertEquals("`weight` must be an integer", refusal(() -> fields("{\"weight\":\"42\"}").integer("weight")));
        assertEquals("`weight` must be an integer",
                refusal(() -> fields("{\"weight\":99999999999999999999}").integer("weight")));
        assertEquals("`weight` is missing (it must be an integer)", refusal(() -> fields("{}").integer("weight")));
    }

    @Test
    void namesTheFieldAndItsPlaceWhenItsShapeIsWrong() {
        Fields object = Fields.of(StrictJson.read("{\"object\":{\"id\":5}}"), "").raw("object")
                .map(n -> Fields.of((com.fasterxml.jackson.databind.node.ObjectNode) n, "object")).orElseThrow();
        assertEquals("`object.id` must be an absolute https URI", refusal(() -> object.uri("id")));
        assertEquals("`published` must be a date-time such as 2026-12-08T00:00:00Z",
                refusal(() -> fields("{\"published\":\"yesterday\"}").instant("published")));
        assertEquals("`type` must be Follow, not Like", refusal(() -> fields("{\"type\":\"Like\"}").requireType("Follow")));
    }

    @Test
    void idsMustBeAbsoluteHttpUris() {
        assertEquals(URI.create("https://a.example/u/1"), fields("{\"id\":\"https://a.example/u/1\"}").uri("id"));
        for (String bad : List.of("/u/1", "urn:uuid:1", "javascript:alert(1)", "https://", "not a uri")) {
            assertEquals("`id` must be an absolute https URI",
                    refusal(() -> fields("{\"id\":\"" + bad + "\"}").uri("id")), bad);
        }
    }

    @Test
    void readsAudiencesAsOneUriOrMany() {
        assertEquals(List.of(URI.create("https://a.example/f")), fields("{\"to\":\"https://a.example/f\"}").uris("to"));
        assertEquals(2, fields("{\"to\":[\"https://a.example/f\",\"https://b.example/g\"]}").uris("to").size());
        assertEquals(List.of(), fields("{}").uris("to"));
        assertEquals("`to` must be a URI or an array of URIs", refusal(() -> fields("{\"to\":[1]}").uris("to")));
        assertEquals("`to` must be a URI or an array of URIs", refusal(() -> fields("{\"to\":{}}").uris("to")));
    }

    @Test
    void readsMoments() {
        assertEquals(Instant.parse("2026-12-08T00:00:00Z"),
                fields("{\"published\":\"2026-12-08T00:00:00Z\"}").instant("published"));
    }
}
