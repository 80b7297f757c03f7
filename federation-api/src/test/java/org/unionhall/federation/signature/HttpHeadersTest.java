package org.unionhall.federation.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Header fields as a servlet hands them over: any case, a name possibly repeated. */
class HttpHeadersTest {

    @Test
    void namesIgnoreCaseAndRepeatedValuesKeepTheirOrder() {
        HttpHeaders headers = HttpHeaders.builder().add("Accept", "application/json").add("ACCEPT", "*/*")
                .add("Host", "example.org").build();
        assertEquals(List.of("application/json", "*/*"), headers.all("accept"));
        assertEquals(Optional.of("example.org"), headers.first("HOST"));
        assertTrue(headers.has("host"));
        assertFalse(headers.has("Date"));
        assertEquals(List.of(), headers.all("Date"));
        assertEquals(List.of("Accept", "Host"), List.copyOf(headers.names()));
    }

    @Test
    void replacingDropsEveryValueOfTheName() {
        HttpHeaders headers = HttpHeaders.builder().add("Accept", "a").add("accept", "b").build()
                .replacing("ACCEPT", "c");
        assertEquals(List.of("c"), headers.all("Accept"));
    }

    @Test
    void replacingAllKeepsOtherFieldsAndTakesTheNewValues() {
        HttpHeaders request = HttpHeaders.builder().add("host", "old.example").add("Accept", "a").add("Date", "x").build();
        HttpHeaders signed = request.replacingAll(HttpHeaders.builder().add("Host", "new.example").add("Date", "y").build());
        assertEquals(List.of("new.example"), signed.all("Host"));
        assertEquals(List.of("y"), signed.all("date"));
        assertEquals(List.of("a"), signed.all("accept"));
    }

    @Test
    void repeatedFieldsAreJoinedInTheSignatureBase() throws Refusal {
        HttpMessage message = Rfc8792.message("rfc9421-B.4-signed-request.http");
        assertEquals(List.of("application/json", "*/*"), message.headers().all("accept"));
        String base = MessageSignatures.signatureBase(message,
                MessageSignatures.inputs(message.headers()).get(0).components());
        assertTrue(base.contains("\n\"accept\": application/json, */*\n"), base);
    }
}
