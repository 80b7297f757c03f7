package org.unionhall.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request body larger than {@code unionhall.api.max-body-bytes} (1 MB), or than the
 * {@link UploadLimit} of a method that takes a file, with 413, never parsing or keeping more than
 * the limit:
 * <ul>
 *   <li>a declared {@code Content-Length} over the limit is refused before a byte of the body is
 *   read (a client that sends {@code Expect: 100-continue}, as curl does for large bodies, then
 *   never sends it);</li>
 *   <li>a body of unknown length (chunked) is read up to one byte over the limit; the rest, up to
 *   {@value #DISCARD_AT_MOST} more bytes, is read and thrown away so that the client, still
 *   sending, receives the answer instead of a reset connection.</li>
 * </ul>
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    /** How much of an oversized chunked body is read and discarded at most. */
    static final long DISCARD_AT_MOST = 8L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "unionhall.api.max-body-bytes", defaultValue = "1048576")
    int maxBytes;

    @Context
    ResourceInfo resource;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        int limit = Optional.ofNullable(resource).map(ResourceInfo::getResourceMethod)
                .map(m -> m.getAnnotation(UploadLimit.class)).map(UploadLimit::value).orElse(this.maxBytes);
        String declared = context.getHeaders().getFirst("Content-Length");
        if (declared != null && parse(declared) > limit) {
            throw new WebApplicationException(413);
        }
        byte[] body = context.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            discardRest(context);
            throw new WebApplicationException(413);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void discardRest(ReaderInterceptorContext context) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long discarded = 0;
        int read;
        while (discarded < DISCARD_AT_MOST && (read = context.getInputStream().read(sink)) > 0) {
            discarded += read;
        }
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
