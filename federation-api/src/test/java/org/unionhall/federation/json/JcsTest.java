package org.unionhall.federation.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** RFC 8785's own examples (§3.2.2, §3.2.3) and ECMAScript number formatting. */
class JcsTest {

    @Test
    void canonicalisesTheSampleOfRfc8785Section322() {
        String input = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}";
        String expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        assertEquals(expected, Jcs.canonicalText(StrictJson.read(input)));
    }

    @Test
    void sortsKeysByUtf16CodeUnitsAsSection323Shows() {
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        String expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        assertEquals(expected, Jcs.canonicalText(StrictJson.read(input)));
    }

    @Test
    void writesNumbersAsEcmaScriptDoes() {
        assertEquals("0", Jcs.number(-0.0));
        assertEquals("1", Jcs.number(1.0));
        assertEquals("-1.5", Jcs.number(-1.5));
        assertEquals("0.1", Jcs.number(0.1));
        assertEquals("0.000001", Jcs.number(1e-6));
        assertEquals("1e-7", Jcs.number(1e-7));
        assertEquals("100000000000000000000", Jcs.number(1e20));
        assertEquals("1e+21", Jcs.number(1e21));
        assertEquals("123456789012345680000", Jcs.number(123456789012345678901.0));
        assertEquals("5e-324", Jcs.number(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", Jcs.number(Double.MAX_VALUE));
        assertEquals("9007199254740992", Jcs.number(9007199254740992.0));
    }

    @Test
    void refusesIntegersOutsideIJson() {
        assertEquals("9007199254740991", Jcs.canonicalText(StrictJson.read("{\"n\":9007199254740991}").get("n")));
        assertThrows(JsonFormatException.class, () -> Jcs.canonicalText(StrictJson.read("{\"n\":9007199254740992}")));
    }
}
