package org.unionhall.federation.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private static String refusal(String json) {
        return assertThrows(JsonFormatException.class, () -> StrictJson.read(json)).getMessage();
    }

    @Test
    void readsAnActivityAndWritesItBackCompactly() {
        ObjectNode node = StrictJson.read("{ \"type\": \"Follow\", \"to\": [\"a\", \"b\"], \"n\": 3 }");
        assertEquals("{\"type\":\"Follow\",\"to\":[\"a\",\"b\"],\"n\":3}", StrictJson.write(node));
    }

    @Test
    void refusesADuplicateKeySoNoTwoReadersCanSeeDifferentActors() {
        String message = refusal("{\"actor\":\"https://a.example/u\",\"actor\":\"https://b.example/u\"}");
        assertTrue(message.startsWith("duplicate key"), message);
        assertTrue(message.contains("actor"), message);
    }

    @Test
    void refusesNestingDeeperThan32() {
        String ok = "{\"a\":" + "[".repeat(31) + "]".repeat(31) + "}";
        StrictJson.read(ok);
        String deep = "{\"a\":" + "[".repeat(32) + "]".repeat(32) + "}";
        assertEquals("the document nests deeper than 32 levels", refusal(deep));
    }

    @Test
    void refusesAStringOver64KiB() {
        StrictJson.read("{\"content\":\"" + "x".repeat(64 * 1024) + "\"}");
        String message = refusal("{\"content\":\"" + "x".repeat(64 * 1024 + 1) + "\"}");
        assertEquals("a string is longer than 65536 characters", message);
    }

    @Test
    void refusesAKeyOver64KiB() {
        assertEquals("a key is longer than 65536 characters", refusal("{\"" + "k".repeat(64 * 1024 + 1) + "\":1}"));
    }

    @Test
    void refusesADocumentOver1MiBBeforeParsingIt() {
        StringBuilder json = new StringBuilder("{\"items\":[");
        while (json.length() < StrictJson.MAX_DOCUMENT_BYTES) {
            json.append("\"").append("y".repeat(1000)).append("\",");
        }
        json.append("\"end\"]}");
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        String message = assertThrows(JsonFormatException.class, () -> StrictJson.read(bytes)).getMessage();
        assertTrue(message.contains("more than the 1048576 accepted"), message);
    }

    @Test
    void refusesWhatIsNotOneObject() {
        assertEquals("the document must be a JSON object", refusal("[1,2]"));
        assertEquals("the document must be a JSON object", refusal("\"Follow\""));
        assertEquals("the document is empty", refusal(""));
        assertTrue(refusal("{\"a\":1} {\"b\":2}").startsWith("not valid JSON"));
        assertTrue(refusal("{\"a\":1,}").startsWith("not valid JSON"));
        assertTrue(refusal("{\"a\":NaN}").startsWith("not valid JSON"));
    }

    @Test
    void refusesAnAbsurdlyLongNumber() {
        assertEquals("a number is longer than 64 characters", refusal("{\"weight\":" + "9".repeat(100) + "}"));
    }

    @Test
    void acceptsTheContextOnlyWhenItNamesActivityStreams() {
        assertTrue(Vocabulary.acceptsContext(StrictJson.read(
                "{\"@context\":\"https://www.w3.org/ns/activitystreams\"}").get("@context")));
        assertTrue(Vocabulary.acceptsContext(StrictJson.read(
                "{\"@context\":[\"https://www.w3.org/ns/activitystreams\",{\"toot\":\"http://joinmastodon.org/ns#\"}]}")
                .get("@context")));
        assertTrue(Vocabulary.acceptsContext(Vocabulary.context()));
        assertFalse(Vocabulary.acceptsContext(StrictJson.read(
                "{\"@context\":\"https://evil.example/ns\"}").get("@context")));
        assertFalse(Vocabulary.acceptsContext(null));
    }

    @Test
    void ourContextDefinesEveryTermUnderOneNamespace() {
        ObjectNode ours = (ObjectNode) Vocabulary.context().get(3);
        assertEquals(Vocabulary.NAMESPACE, ours.get("uh").asText());
        assertEquals("uh:LedgerCheckpoint", ours.get("LedgerCheckpoint").asText());
        assertEquals("@id", ours.get("motion").get("@type").asText());
        ours.properties().forEach(e -> {
            String value = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().get("@id").asText();
            assertTrue(value.equals(Vocabulary.NAMESPACE) || value.startsWith("uh:"), e.getKey());
        });
    }
}
