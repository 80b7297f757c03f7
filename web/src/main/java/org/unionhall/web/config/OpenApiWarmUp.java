package org.unionhall.web.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the server for its own OpenAPI description once the application has started, in the
 * background. Payara builds the description on the first request for it, which costs several
 * seconds of CPU (about 4 s here); without this, the first program or person to ask
 * {@code /openapi} after a start waits for that build. It needs to know the port the server
 * listens on ({@code unionhall.http-port}, which {@code ./unionhall} sets); without it nothing
 * is done. Only the loopback address is asked.
 */
@Startup
@Singleton
public class OpenApiWarmUp {
    private static final Logger LOG = Logger.getLogger(OpenApiWarmUp.class.getName());
    /** How long to wait for the application to be served after start-up. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Inject
    @ConfigProperty(name = "unionhall.http-port")
    Optional<Integer> port;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        port.ifPresent(p -> executor.submit(() -> askOnce(p)));
    }

    private static void askOnce(int port) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/openapi"))
                .timeout(Duration.ofSeconds(60)).GET().build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    LOG.fine("The OpenAPI description is built");
                    return;
                }
            } catch (IOException notServedYet) {
                LOG.finest(() -> "OpenAPI not served yet: " + notServedYet.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.log(Level.INFO, "The OpenAPI description was not served within {0}; it is built on the first request",
                PATIENCE);
    }
}
