package org.unionhall.federation.signature;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One HTTP message as the signature code sees it, filled by the web layer from whatever it
 * received (a servlet request, an HTTP client's response) without this module knowing either.
 * A request has a method and the absolute target URI as the client addressed it (scheme, host,
 * port, path and query: behind a reverse proxy, the public one); a response has a status.
 *
 * @param method the request method as sent ({@code POST}), null for a response
 * @param targetUri the absolute target URI of the request (of the request answered, for a response; may be null)
 * @param status the status code of a response, empty for a request
 * @param headers the header fields
 * @param body the content, empty when there is none
 */
public record HttpMessage(String method, URI targetUri, OptionalInt status, HttpHeaders headers, byte[] body) {

    /** Checks the shape: a request has a method and an absolute target URI, a response a status. */
    public HttpMessage {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body.clone();
        if (status.isEmpty()) {
            Objects.requireNonNull(method, "a request needs a method");
            Objects.requireNonNull(targetUri, "a request needs its target URI");
            if (!targetUri.isAbsolute() || targetUri.getRawAuthority() == null) {
                throw new IllegalArgumentException("the target URI must be absolute, with a host: " + targetUri);
            }
        } else if (status.getAsInt() < 100 || status.getAsInt() > 999) {
            throw new IllegalArgumentException("a status code has three digits: " + status.getAsInt());
        }
    }

    /** A request. */
    public static HttpMessage request(String method, URI targetUri, HttpHeaders headers, byte[] body) {
        return new HttpMessage(method, targetUri, OptionalInt.empty(), headers, body);
    }

    /** A response. */
    public static HttpMessage response(int status, HttpHeaders headers, byte[] body) {
        return new HttpMessage(null, null, OptionalInt.of(status), headers, body);
    }

    /** True for a request. */
    public boolean isRequest() {
        return status.isEmpty();
    }

    /** The content (a copy). */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** True when the message has content. */
    public boolean hasBody() {
        return body.length > 0;
    }

    /** True for a request whose method carries content (POST, PUT, PATCH): its digest must be signed. */
    boolean expectsBody() {
        String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
        return m.equals("POST") || m.equals("PUT") || m.equals("PATCH");
    }

    /** The same message with other headers. */
    public HttpMessage withHeaders(HttpHeaders other) {
        return new HttpMessage(method, targetUri, status, other, body);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpMessage m && Objects.equals(method, m.method)
                && Objects.equals(targetUri, m.targetUri) && status.equals(m.status)
                && headers.equals(m.headers) && Arrays.equals(body, m.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, targetUri, status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return isRequest() ? method + " " + targetUri + " " + headers + " (" + body.length + " bytes)"
                : status.getAsInt() + " " + headers + " (" + body.length + " bytes)";
    }
}
