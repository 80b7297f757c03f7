package org.unionhall.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request body larger than {@code unionhall.api.max-body-bytes} (1 MB) with 413: at
 * once when the declared {@code Content-Length} is too large, otherwise after reading one byte
 * more than the limit, never the whole body.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "unionhall.api.max-body-bytes", defaultValue = "1048576")
    int maxBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst("Content-Length");
        if (declared != null && parse(declared) > maxBytes) {
            throw new WebApplicationException(413);
        }
        byte[] body = context.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw new WebApplicationException(413);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
