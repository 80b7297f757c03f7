package org.unionhall.federation.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.greenbytes.http.sfv.InnerList;
import org.greenbytes.http.sfv.Item;
import org.greenbytes.http.sfv.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The derived components of RFC 9421 §2.2, with the section's own examples. */
class DerivedComponentsTest {

    private static final HttpMessage POST = HttpMessage.request("POST",
            URI.create("https://www.example.com/path?param=value"),
            HttpHeaders.builder().add("Host", "www.example.com").build(), null);

    /** The base lines (without {@code @signature-params}) for the components {@code identifiers}. */
    private static String lines(HttpMessage message, String... identifiers) throws Refusal {
        List<Item<? extends Object>> items = new ArrayList<>();
        for (String identifier : identifiers) {
            items.add(Parser.parseItem(identifier));
        }
        String base = MessageSignatures.signatureBase(message, InnerList.valueOf(items));
        return base.substring(0, base.lastIndexOf("\n\"@signature-params\": "));
    }

    @ParameterizedTest(name = "§2.2: {0}")
    @CsvSource(delimiter = '|', value = {
        "\"@method\"         | \"@method\": POST",
        "\"@target-uri\"     | \"@target-uri\": https://www.example.com/path?param=value",
        "\"@authority\"      | \"@authority\": www.example.com",
        "\"@scheme\"         | \"@scheme\": https",
        "\"@request-target\" | \"@request-target\": /path?param=value",
        "\"@path\"           | \"@path\": /path",
        "\"@query\"          | \"@query\": ?param=value"})
    void derivedComponentsOfARequest(String identifier, String line) throws Refusal {
        assertEquals(line, lines(POST, identifier));
    }

    @Test
    void queryAndSchemeAsSection22PrintsThem() throws Refusal {
        HttpMessage plain = HttpMessage.request("GET", URI.create("http://www.example.com/path?param=value&foo=bar&baz=bat%2Dman"),
                HttpHeaders.empty(), null);
        assertEquals("\"@scheme\": http\n\"@query\": ?param=value&foo=bar&baz=bat%2Dman",
                lines(plain, "\"@scheme\"", "\"@query\""));
        HttpMessage noQuery = HttpMessage.request("GET", URI.create("https://www.example.com/path"), HttpHeaders.empty(), null);
        assertEquals("\"@query\": ?", lines(noQuery, "\"@query\""));
        HttpMessage noPath = HttpMessage.request("GET", URI.create("https://www.example.com"), HttpHeaders.empty(), null);
        assertEquals("\"@path\": /", lines(noPath, "\"@path\""));
    }

    @Test
    void authorityIsLowercaseAndOmitsTheDefaultPort() throws Refusal {
        assertEquals("\"@authority\": example.com", lines(HttpMessage.request("GET",
                URI.create("https://Example.COM:443/"), HttpHeaders.empty(), null), "\"@authority\""));
        assertEquals("\"@authority\": example.com:8443", lines(HttpMessage.request("GET",
                URI.create("https://example.com:8443/"), HttpHeaders.empty(), null), "\"@authority\""));
    }

    @Test
    void statusOfAResponse() throws Refusal {
        assertEquals("\"@status\": 200", lines(HttpMessage.response(200, HttpHeaders.empty(), null), "\"@status\""));
        assertThrows(Refusal.class, () -> lines(POST, "\"@status\""));
        assertThrows(Refusal.class, () -> lines(HttpMessage.response(200, HttpHeaders.empty(), null), "\"@method\""));
    }

    @Test
    void queryParametersAsSection228PrintsThem() throws Refusal {
        assertEquals(Rfc8792.text("rfc9421-2.2.8-signature-base-lines.txt"), lines(Rfc8792.message("rfc9421-2.2.8-request.http"),
                "\"@query-param\";name=\"baz\"", "\"@query-param\";name=\"qux\"", "\"@query-param\";name=\"param\""));
    }

    @Test
    void queryParametersAreReEncodedAsSection228PrintsThem() throws Refusal {
        assertEquals(Rfc8792.text("rfc9421-2.2.8-encoded-signature-base-lines.txt"),
                lines(Rfc8792.message("rfc9421-2.2.8-encoded-request.http"), "\"@query-param\";name=\"var\"",
                        "\"@query-param\";name=\"bar\"", "\"@query-param\";name=\"fa%C3%A7ade%22%3A%20\""));
    }

    @Test
    void aMissingOrRepeatedQueryParameterCannotBeCovered() {
        HttpMessage repeated = HttpMessage.request("GET", URI.create("https://example.com/?a=1&a=2"), HttpHeaders.empty(), null);
        assertEquals("the query has 2 parameters named a; a covered query parameter must occur once",
                assertThrows(Refusal.class, () -> lines(repeated, "\"@query-param\";name=\"a\"")).getMessage());
        assertEquals("the query has no parameters named b; a covered query parameter must occur once",
                assertThrows(Refusal.class, () -> lines(repeated, "\"@query-param\";name=\"b\"")).getMessage());
    }

    @Test
    void headerValuesAreTrimmedAndJoined() throws Refusal {
        HttpMessage message = HttpMessage.request("GET", URI.create("https://example.com/"), HttpHeaders.builder()
                .add("Cache-Control", "max-age=60").add("cache-control", "   must-revalidate ").build(), null);
        assertEquals("\"cache-control\": max-age=60, must-revalidate", lines(message, "\"cache-control\""));
        assertEquals("the covered header date is missing",
                assertThrows(Refusal.class, () -> lines(message, "\"date\"")).getMessage());
        assertEquals("the component name \"Date\" is not lowercase",
                assertThrows(Refusal.class, () -> lines(message, "\"Date\"")).getMessage());
    }
}
