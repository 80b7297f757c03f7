package org.unionhall.web.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionhall.domain.membership.Union;
import org.unionhall.federation.activity.Activity;
import org.unionhall.federation.activity.Messages;
import org.unionhall.federation.activity.Received;
import org.unionhall.federation.json.JsonFormatException;
import org.unionhall.federation.json.StrictJson;
import org.unionhall.federation.origin.OriginRules;
import org.unionhall.federation.origin.OriginVerdict;
import org.unionhall.federation.signature.HttpHeaders;
import org.unionhall.federation.signature.HttpMessage;
import org.unionhall.federation.signature.KeyLookup;
import org.unionhall.federation.signature.SignatureVerifier;
import org.unionhall.federation.signature.VerificationKey;
import org.unionhall.federation.signature.VerificationResult;

/**
 * The inbox: what a POST must pass before its activity is applied, in order, each refusal
 * answered with its status and reason and logged:
 * <ol>
 * <li>at most 1 MiB ({@link StrictJson#MAX_DOCUMENT_BYTES}), refused by its declared length before
 *     a byte is read, else after reading one byte more (413);</li>
 * <li>strict JSON of an activity we read (400);</li>
 * <li>its actor's host, and its signing key's, federated with (403);</li>
 * <li>an HTTP signature, draft-cavage-12 or RFC 9421, that verifies with the key fetched from the
 *     signer's actor document under Mastodon's 12-hour window (401); a kept key that fails is
 *     fetched again once, rate-limited, in case it was rotated;</li>
 * <li>the origin rules of FEP-fe34 with the signer as the key's owner (403);</li>
 * <li>for a union's inbox, a union of that name (404);</li>
 * <li>then the activity is applied once ({@link InboxApplication}): 202, also when it was already.</li>
 * </ol>
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class.getName());
    private static final long DISCARD_AT_MOST = 8L * 1024 * 1024;
    private static final Pattern KEY_ID = Pattern.compile("keyid\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    @Inject
    RemoteActors remote;

    @Inject
    FederationSettings settings;

    @Inject
    ActorDocuments actors;

    @Inject
    InboxApplication application;

    /**
     * An answer: its status and, for a refusal, the reason.
     *
     * @param status the HTTP status
     * @param kind a short name of the refusal, for problem+json's type
     * @param reason the reason, in a sentence
     */
    record Answer(int status, String kind, String reason) {
        boolean accepted() {
            return status == 202;
        }
    }

    /**
     * Receives one POST.
     *
     * @param union the union whose inbox was addressed, or empty for the shared inbox
     */
    Answer receive(HttpServletRequest request, Optional<String> union) throws IOException {
        Answer answer = check(request, union);
        if (!answer.accepted()) {
            LOG.warning(() -> "Inbox " + request.getRequestURI() + " refused a POST (" + answer.status() + "): "
                    + answer.reason());
        }
        return answer;
    }

    private Answer check(HttpServletRequest request, Optional<String> unionSlug) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > StrictJson.MAX_DOCUMENT_BYTES) {
            return new Answer(413, "too-large", "the body of " + declared + " bytes is larger than the "
                    + StrictJson.MAX_DOCUMENT_BYTES + " accepted");
        }
        InputStream in = request.getInputStream();
        byte[] body = in.readNBytes(StrictJson.MAX_DOCUMENT_BYTES + 1);
        if (body.length > StrictJson.MAX_DOCUMENT_BYTES) {
            discardRest(in);
            return new Answer(413, "too-large", "the body is larger than the " + StrictJson.MAX_DOCUMENT_BYTES
                    + " bytes accepted");
        }
        Received received;
        Activity activity;
        try {
            received = Messages.read(withoutLinkedDataSignature(body));
            activity = received.activity();
        } catch (JsonFormatException e) {
            return new Answer(400, "unreadable", "the activity is refused: " + e.getMessage());
        }
        if (!settings.peers().permits(activity.actor())) {
            return new Answer(403, "host-refused", settings.peers().refusal(activity.actor().getHost()));
        }
        Optional<URI> keyId = keyIdOf(request);
        if (keyId.isPresent() && !settings.peers().permits(keyId.get())) {
            return new Answer(403, "host-refused", settings.peers().refusal(keyId.get().getHost()));
        }
        Optional<Union> union = Optional.empty();
        if (unionSlug.isPresent()) {
            union = actors.unionOfActor(actors.union(unionSlug.get()));
            if (union.isEmpty()) {
                return new Answer(404, "no-such-union", "there is no union " + unionSlug.get() + " here");
            }
        }
        HttpMessage message = HttpMessage.request(request.getMethod(), targetUri(request), headersOf(request), body);
        Lookup lookup = new Lookup();
        VerificationResult result = new SignatureVerifier(lookup, Clock.systemUTC()).verify(message);
        if (!result.verified() && lookup.used != null && !lookup.fetchedNow && remote.mayRefetch(lookup.used)) {
            lookup.refetch = true;
            URI failed = lookup.used;
            result = new SignatureVerifier(lookup, Clock.systemUTC()).verify(message);
            boolean holds = result.verified();
            LOG.info(() -> "A signature with the kept key " + failed + " failed; the key was fetched again and "
                    + (holds ? "verifies (rotated)" : "fails too"));
        }
        if (result instanceof VerificationResult.Refused refused) {
            return new Answer(401, "signature-refused", refused.reason()
                    + (lookup.failure != null ? " (" + lookup.failure + ")" : ""));
        }
        RemoteActor signer = lookup.actor;
        OriginVerdict verdict = OriginRules.judge(received, Optional.of(signer.id()), signer::assertionKey);
        if (!verdict.accepted()) {
            return new Answer(403, "origin-refused", verdict.reason());
        }
        try {
            InboxApplication.Applied applied = application.apply(activity, signer);
            if (applied == InboxApplication.Applied.ALREADY_RECEIVED) {
                LOG.fine(() -> "Activity " + activity.id() + " was already received; not applied again");
            }
        } catch (PersistenceException | jakarta.transaction.TransactionalException failed) {
            // Accepted only if it is stored: the same id arriving twice at once is; anything else is not.
            if (!storedAfterAll(activity.id())) {
                LOG.log(Level.WARNING, "Activity " + activity.id() + " could not be stored", failed);
                return new Answer(503, "not-stored", "the activity could not be stored; send it again later");
            }
            LOG.fine(() -> "Activity " + activity.id() + " arrived twice at once; applied once");
        }
        return new Answer(202, "accepted", "accepted");
    }

    private boolean storedAfterAll(URI activityId) {
        try {
            return application.alreadyReceived(activityId);
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /**
     * The document without a top-level Linked Data Signature ({@code signature}, RsaSignature2017),
     * which Unionhall does not verify. Fedify and others add it <em>after</em> the FEP-8b32 proof,
     * which therefore covers the document without it; left in, it would make a valid proof fail.
     */
    private static byte[] withoutLinkedDataSignature(byte[] body) {
        com.fasterxml.jackson.databind.node.ObjectNode document = StrictJson.read(body);
        if (!document.has("signature")) {
            return body;
        }
        document.remove("signature");
        return StrictJson.write(document).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The signer's keys as the verifier asks for them, remembering which it gave. */
    private final class Lookup implements KeyLookup {
        URI used;
        RemoteActor actor;
        boolean fetchedNow;
        boolean refetch;
        String failure;

        @Override
        public Optional<VerificationKey> find(String keyId) {
            try {
                URI id = URI.create(keyId);
                used = id;
                if (refetch) {
                    actor = remote.refetch(id);
                    fetchedNow = true;
                } else {
                    fetchedNow = !remote.isKept(id);
                    actor = remote.byKeyId(id);
                }
                return Optional.of(VerificationKey.of(actor.key()));
            } catch (RemoteActors.Unusable e) {
                failure = e.getMessage();
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                failure = "the key id is not a URI";
                return Optional.empty();
            }
        }
    }

    /**
     * Reads and drops up to {@value #DISCARD_AT_MOST} more bytes of an oversized chunked body, so that
     * a sender still sending gets the 413 instead of a reset connection.
     */
    private static void discardRest(InputStream in) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long discarded = 0;
        int read;
        while (discarded < DISCARD_AT_MOST && (read = in.read(sink)) > 0) {
            discarded += read;
        }
    }

    private static Optional<URI> keyIdOf(HttpServletRequest request) {
        for (String header : new String[] {"Signature", "Signature-Input"}) {
            String value = request.getHeader(header);
            if (value != null) {
                Matcher m = KEY_ID.matcher(value);
                if (m.find()) {
                    try {
                        URI uri = URI.create(m.group(1));
                        if (uri.getHost() != null) {
                            return Optional.of(uri);
                        }
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private URI targetUri(HttpServletRequest request) {
        String query = request.getQueryString();
        return URI.create(settings.base() + request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    private static HttpHeaders headersOf(HttpServletRequest request) {
        HttpHeaders.Builder builder = HttpHeaders.builder();
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                builder.add(name, value);
            }
        }
        return builder.build();
    }
}
