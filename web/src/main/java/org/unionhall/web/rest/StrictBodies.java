package org.unionhall.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Reads every JSON request body of the API itself instead of handing it to the default JSON-B
 * binding, which turned {@code 5} into {@code "5"}, wrapped numbers too large for their field
 * around, ignored unknown fields and repeated keys, and answered a deeply nested body with 500:
 * {@link StrictJson} parses the body (UTF-8, no repeated keys, bounded nesting) and
 * {@link BodyBinder} binds it to the resource's body record, or hands the JSON-P value to a
 * resource that takes the protocol's own objects.
 *
 * <p>An interceptor, not a {@code MessageBodyReader}: among several readers of a type the runtime's
 * choice is not guaranteed, while an interceptor runs for every body. It runs after
 * {@link BodyLimit}, which has already capped the body at 1 MB.
 */
@Provider
@Priority(Priorities.USER + 100)
public class StrictBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType()) || !BodyBinder.binds(context.getType())) {
            return context.proceed();
        }
        return BodyBinder.bind(StrictJson.parse(context.getInputStream().readAllBytes()), context.getType());
    }
}
