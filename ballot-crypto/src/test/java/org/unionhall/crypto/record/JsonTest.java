package org.unionhall.crypto.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.unionhall.crypto.group.InvalidInputException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class JsonTest {

    @Property(tries = 200, seed = "12")
    void canonicalTextRoundTrips(@ForAll String s, @ForAll @LongRange(min = -9007199254740991L, max = 9007199254740991L) long n) {
        Map<String, Object> o = new TreeMap<>();
        o.put("s", s);
        o.put("n", n);
        o.put(s, List.of(true, false, n));
        String text = Json.write(o);
        assertEquals(o, Json.parse(text));
        assertEquals(text, Json.write(Json.parse(text)));
    }

    @Test
    void writesSortedKeysWithoutSpaces() {
        Map<String, Object> o = new TreeMap<>();
        o.put("b", 1L);
        o.put("a", List.of("x\"\n\u0001"));
        assertEquals("{\"a\":[\"x\\\"\\n\\u0001\"],\"b\":1}", Json.write(o));
    }

    @Test
    void refusesNonCanonicalOrMalformedText() {
        for (String bad : List.of("{\"b\":1,\"a\":2}", "{\"a\": 1}", "{\"a\":1.5}", "{\"a\":1e3}", "{\"a\":01}",
                "{\"a\":1,\"a\":1}", "{\"a\":null}", "[1,]", "{\"a\":\"\\u0041\"}", "{\"a\":1}x", "{\"a\":9007199254740992}",
                "{\"a\":-0}")) {
            assertThrows(RecordFormatException.class, () -> Json.parse(bad), bad);
        }
    }

    @Test
    void bytesAreStrictBase64Url() {
        assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, Bytes.decode("-_8"));
        assertEquals("-_8", Bytes.encode(new byte[] {(byte) 0xfb, (byte) 0xff}));
        for (String bad : List.of("-_8=", "+/8", "-_9", "a")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Bytes.decode(bad), bad);
            assertTrue(e.getMessage().startsWith("encoding check"));
        }
    }
}
