package org.unionhall.web.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.application.TimeSource;
import org.unionhall.domain.federation.Delivery;
import org.unionhall.domain.federation.DeliveryOutcome;
import org.unionhall.domain.federation.DeliveryRetries;
import org.unionhall.domain.federation.FederationRecords;
import org.unionhall.federation.signature.HttpHeaders;
import org.unionhall.federation.signature.HttpMessage;
import org.unionhall.federation.signature.RequestSigner;
import org.unionhall.federation.signature.SignatureStyle;

/**
 * Sends the outbox's due deliveries, one at a time, each change to a row in a transaction of its
 * own: the row is claimed (attempt counted, held back {@link DeliveryRetries#CLAIM}) and committed
 * before the POST, and its outcome written after, so a server killed in between sends it again when
 * the claim runs out and never loses it. The POST is signed draft-cavage-12 first; a 401 to it is
 * retried at once with RFC 9421 (the "double knock"), and the style that worked is remembered for
 * that peer, whose later deliveries start with it. A row is delivered only on a 2xx answer.
 */
@ApplicationScoped
public class Deliverer {
    private static final Logger LOG = Logger.getLogger(Deliverer.class.getName());
    static final int BATCH = 50;
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    FederationRecords records;

    @Inject
    FederationSettings settings;

    @Inject
    FederationKeys keys;

    @Inject
    ActorDocuments actors;

    @Inject
    TimeSource time;

    @Inject
    Deliverer self;

    /** Sends what is due; how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        for (Delivery delivery : self.due()) {
            if (!self.claim(delivery)) {
                continue;
            }
            DeliveryOutcome outcome = attempt(delivery);
            self.settle(delivery.id(), outcome);
            if (outcome instanceof DeliveryOutcome.Delivered) {
                delivered++;
            } else {
                LOG.info(() -> "Delivery of " + delivery.activityId() + " to " + delivery.inbox() + " not taken: "
                        + outcome);
            }
        }
        return delivered;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Delivery> due() {
        return records.due(time.now(), BATCH);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(Delivery delivery) {
        return records.claim(delivery.id(), delivery.attempts(), time.now().plus(DeliveryRetries.CLAIM));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void settle(String id, DeliveryOutcome outcome) {
        records.settle(id, outcome);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remember(String host, SignatureStyle style) {
        records.rememberSignatureStyle(host, style.name(), time.now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SignatureStyle> rememberedStyle(String host) {
        return records.signatureStyle(host).map(SignatureStyle::valueOf);
    }

    private DeliveryOutcome attempt(Delivery delivery) {
        int attempts = delivery.attempts() + 1;
        URI inbox = delivery.inbox();
        Optional<String> refused = PeerAddresses.refusal(inbox, settings);
        if (refused.isPresent()) {
            return new DeliveryOutcome.GivenUp(time.now(), "Not sent: " + refused.get());
        }
        String host = RemoteActors.hostOf(inbox);
        Optional<SignatureStyle> remembered = self.rememberedStyle(host);
        SignatureStyle style = remembered.orElse(SignatureStyle.CAVAGE_12);
        try {
            Answer answer = post(delivery, style);
            if (answer.status() == 401 && style == SignatureStyle.CAVAGE_12) {
                answer = post(delivery, SignatureStyle.RFC_9421);
                if (answer.status() / 100 == 2) {
                    self.remember(host, SignatureStyle.RFC_9421);
                }
            } else if (answer.status() / 100 == 2 && remembered.isEmpty()) {
                self.remember(host, style);
            }
            return DeliveryRetries.afterAnswer(answer.status(), answer.retryAfter(), attempts, delivery.createdAt(),
                    time.now());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Delivery to " + inbox + " failed", e);
            return DeliveryRetries.afterNoAnswer("no answer: " + e, attempts, delivery.createdAt(), time.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryRetries.afterNoAnswer("interrupted", attempts, delivery.createdAt(), time.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivery " + delivery.id() + " could not be signed or sent", e);
            return DeliveryRetries.afterNoAnswer("not sent: " + e, attempts, delivery.createdAt(), time.now());
        }
    }

    private Answer post(Delivery delivery, SignatureStyle style) throws IOException, InterruptedException {
        URI inbox = delivery.inbox();
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        HttpHeaders headers = HttpHeaders.builder().add("Host", RemoteActors.hostOf(inbox))
                .add("Content-Type", FederationServlet.ACTIVITY_JSON).build();
        HttpMessage message = HttpMessage.request("POST", inbox, headers, body);
        HttpHeaders signed = headers.replacingAll(new RequestSigner(Clock.systemUTC()).sign(message,
                actors.keyId(delivery.sender()).toString(), keys.signingKey(delivery.sender()), style));
        HttpRequest.Builder request = HttpRequest.newBuilder(inbox).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : signed.names()) {
            if (!name.equalsIgnoreCase("Host")) {
                signed.all(name).forEach(v -> request.header(name, v));
            }
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            in.readNBytes(64 * 1024);
        }
        return new Answer(response.statusCode(), retryAfter(response));
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** What the recipient answered: the status and its Retry-After, if any. */
    private record Answer(int status, Optional<Duration> retryAfter) {
    }
}
