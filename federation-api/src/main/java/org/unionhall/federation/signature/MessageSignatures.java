package org.unionhall.federation.signature;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.greenbytes.http.sfv.ByteSequenceItem;
import org.greenbytes.http.sfv.Dictionary;
import org.greenbytes.http.sfv.InnerList;
import org.greenbytes.http.sfv.IntegerItem;
import org.greenbytes.http.sfv.Item;
import org.greenbytes.http.sfv.ListElement;
import org.greenbytes.http.sfv.Parameters;
import org.greenbytes.http.sfv.ParseException;
import org.greenbytes.http.sfv.Parser;
import org.greenbytes.http.sfv.StringItem;

/**
 * RFC 9421 HTTP Message Signatures: the signature base (§2.5) over derived components (§2.2) and
 * header fields (§2.1), the {@code Signature-Input} and {@code Signature} dictionaries (§4), read
 * and written by the structured-fields library, and verification (§3.2) under a
 * {@link VerificationPolicy}.
 */
final class MessageSignatures {

    /** The label this installation signs under. */
    static final String LABEL = "sig1";

    private static final VerificationPolicy.Names NAMES = new VerificationPolicy.Names(
            "@method with @target-uri, @request-target or @path", "@authority, @target-uri or host",
            "date or the created parameter", "content-digest");
    private static final Set<String> HOSTS = Set.of("@authority", "@target-uri", "host");

    private MessageSignatures() {
    }

    /** One label's covered components and parameters, as read from {@code Signature-Input}. */
    record Input(String label, InnerList components, byte[] signature) {
    }

    /** True when {@code message} carries an RFC 9421 signature (a {@code Signature-Input} field). */
    static boolean present(HttpMessage message) {
        return message.headers().has("Signature-Input");
    }

    /** Reads every label of {@code Signature-Input} with its {@code Signature}; the two must name the same labels. */
    static List<Input> inputs(HttpHeaders headers) throws Refusal {
        Dictionary inputs = dictionary(headers, "Signature-Input");
        Dictionary signatures = dictionary(headers, "Signature");
        for (String label : signatures.get().keySet()) {
            if (!inputs.get().containsKey(label)) {
                throw new Refusal("the Signature label '" + label + "' has no Signature-Input");
            }
        }
        List<Input> read = new ArrayList<>();
        for (Map.Entry<String, ListElement<? extends Object>> entry : inputs.get().entrySet()) {
            String label = entry.getKey();
            if (!(entry.getValue() instanceof InnerList components)) {
                throw new Refusal("the Signature-Input '" + label + "' is not a list of components");
            }
            ListElement<? extends Object> signature = signatures.get().get(label);
            if (signature == null) {
                throw new Refusal("the Signature-Input label '" + label + "' is not signed: Signature has no '" + label + "'");
            }
            if (!(signature instanceof ByteSequenceItem bytes)) {
                throw new Refusal("the Signature '" + label + "' is not a byte sequence");
            }
            read.add(new Input(label, components, BodyDigests.toArray(bytes.get())));
        }
        if (read.isEmpty()) {
            throw new Refusal("the Signature-Input is empty");
        }
        return read;
    }

    private static Dictionary dictionary(HttpHeaders headers, String name) throws Refusal {
        List<String> lines = headers.all(name);
        if (lines.isEmpty()) {
            throw new Refusal("the message has no " + name + " header");
        }
        try {
            return new Parser(lines).parseDictionary();
        } catch (ParseException e) {
            throw new Refusal("the " + name + " header is malformed: " + e.getMessage());
        }
    }

    /**
     * The signature base of RFC 9421 §2.5: one line per covered component,
     * {@code "name";params: value}, then {@code "@signature-params": } and the serialised input.
     */
    static String signatureBase(HttpMessage message, InnerList components) throws Refusal {
        StringBuilder base = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (Item<? extends Object> component : components.get()) {
            if (!(component instanceof StringItem)) {
                throw new Refusal("a covered component is not a string: " + component.serialize());
            }
            String identifier = component.serialize();
            if (!seen.add(identifier)) {
                throw new Refusal("the component " + identifier + " is covered twice");
            }
            base.append(identifier).append(": ").append(value(message, (StringItem) component)).append('\n');
        }
        return base.append("\"@signature-params\": ").append(components.serialize()).toString();
    }

    private static String value(HttpMessage message, StringItem component) throws Refusal {
        String name = component.get();
        if (!name.equals(name.toLowerCase(Locale.ROOT)) || name.isEmpty()) {
            throw new Refusal("the component name \"" + name + "\" is not lowercase");
        }
        Parameters parameters = component.getParams();
        for (String parameter : parameters.keySet()) {
            if (!(parameter.equals("name") && name.equals("@query-param"))) {
                throw new Refusal("the component parameter ;" + parameter + " of \"" + name + "\" is not supported");
            }
        }
        if (!name.startsWith("@")) {
            List<String> lines = message.headers().all(name);
            if (lines.isEmpty()) {
                throw new Refusal("the covered header " + name + " is missing");
            }
            return lines.stream().map(MessageSignatures::trim).collect(Collectors.joining(", "));
        }
        if (name.equals("@status")) {
            if (message.isRequest()) {
                throw new Refusal("@status is covered, but the message is a request");
            }
            return Integer.toString(message.status().getAsInt());
        }
        if (!message.isRequest()) {
            throw new Refusal(name + " is covered, but the message is a response");
        }
        URI target = message.targetUri();
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        String query = target.getRawQuery();
        return switch (name) {
            case "@method" -> message.method();
            case "@target-uri" -> target.toString();
            case "@authority" -> authority(target);
            case "@scheme" -> target.getScheme().toLowerCase(Locale.ROOT);
            case "@request-target" -> query == null ? path : path + "?" + query;
            case "@path" -> path;
            case "@query" -> "?" + (query == null ? "" : query);
            case "@query-param" -> queryParameter(query, component);
            case "@signature-params" -> throw new Refusal("@signature-params cannot be a covered component");
            default -> throw new Refusal("the derived component " + name + " is not supported");
        };
    }

    /** Host and, unless it is the scheme's default, port, lowercased (§2.2.3). */
    static String authority(URI target) {
        String host = target.getHost();
        if (host == null) {
            String raw = target.getRawAuthority();
            return raw.substring(raw.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        }
        int port = target.getPort();
        String scheme = target.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String queryParameter(String query, StringItem component) throws Refusal {
        if (!(component.getParams().get("name") instanceof StringItem nameItem)) {
            throw new Refusal("\"@query-param\" needs a ;name=\"…\" parameter");
        }
        String wanted = nameItem.get();
        // The name parameter holds the encoded name (§2.2.8), so names are compared encoded.
        List<String> found = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&", -1)) {
                int equals = pair.indexOf('=');
                String name = encode(decode(equals < 0 ? pair : pair.substring(0, equals)));
                if (name.equals(wanted)) {
                    found.add(encode(decode(equals < 0 ? "" : pair.substring(equals + 1))));
                }
            }
        }
        if (found.size() != 1) {
            throw new Refusal("the query has " + (found.isEmpty() ? "no" : found.size()) + " parameters named "
                    + wanted + "; a covered query parameter must occur once");
        }
        return found.get(0);
    }

    private static String decode(String formEncoded) {
        return URLDecoder.decode(formEncoded, StandardCharsets.UTF_8);
    }

    /**
     * WHATWG URL's "percent-encode after encoding" with the application/x-www-form-urlencoded
     * percent-encode set: everything but ASCII letters, digits and {@code *-._} becomes {@code %XX}
     * (a space too: §2.2.8 signs {@code %20}, not {@code +}).
     */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "*-._".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    /**
     * Verifies every signature of {@code message} under {@code policy}; all must hold and be made
     * by one key.
     */
    static VerificationResult.Verified verify(HttpMessage message, KeyLookup keys, Instant now,
            VerificationPolicy policy) throws Refusal {
        List<Input> inputs = inputs(message.headers());
        VerificationResult.Verified first = null;
        for (Input input : inputs) {
            VerificationResult.Verified verified = verify(message, input, keys, now, policy);
            if (first != null && !first.keyId().equals(verified.keyId())) {
                throw new Refusal("the message is signed by more than one key (" + first.keyId() + ", "
                        + verified.keyId() + "); one is expected");
            }
            first = first == null ? verified : first;
        }
        return first;
    }

    private static VerificationResult.Verified verify(HttpMessage message, Input input, KeyLookup keys, Instant now,
            VerificationPolicy policy) throws Refusal {
        String label = input.label();
        Parameters parameters = input.components().getParams();
        String keyId = stringParameter(parameters, "keyid", label)
                .orElseThrow(() -> new Refusal("the Signature-Input '" + label + "' names no keyid"));
        Optional<String> algName = stringParameter(parameters, "alg", label);
        Optional<SignatureAlgorithm> named = Optional.empty();
        if (algName.isPresent()) {
            named = Optional.of(SignatureAlgorithm.byRfcName(algName.get())
                    .orElseThrow(() -> new Refusal("unknown algorithm '" + algName.get() + "'")));
        }
        Optional<Instant> created = timeParameter(parameters, "created", label);
        Optional<Instant> expires = timeParameter(parameters, "expires", label);

        Set<String> covered = new HashSet<>();
        for (Item<? extends Object> component : input.components().get()) {
            covered.add(String.valueOf(component.get()));
        }
        boolean target = message.isRequest() && coversTarget(covered, message.targetUri());
        boolean host = HOSTS.stream().anyMatch(covered::contains);
        boolean date = covered.contains("date");
        boolean digest = covered.contains("content-digest");
        policy.checkCoverage(message, NAMES, target, host, date || created.isPresent(), digest);
        if (created.isPresent()) {
            policy.checkSignedAt(created.get(), now);
        }
        if (date) {
            policy.checkSignedAt(HttpDates.parse(message.headers().first("Date")
                    .orElseThrow(() -> new Refusal("the covered header date is missing"))), now);
        }
        if (expires.isPresent()) {
            policy.checkExpires(expires.get(), now);
        }
        if (digest) {
            BodyDigests.checkContentDigest(message.headers().all("Content-Digest"), message.body());
        }
        String base = signatureBase(message, input.components());
        VerificationKey key = keys.find(keyId).orElseThrow(() -> new Refusal("no key is known for keyid " + keyId));
        SignatureAlgorithm algorithm = key.choose(named).orElseThrow(() -> new Refusal(
                "the key " + keyId + " cannot be used with alg " + algName.orElse("")));
        algorithm.verify(key.key(), base.getBytes(StandardCharsets.UTF_8), input.signature());
        return new VerificationResult.Verified(keyId, SignatureStyle.RFC_9421, algorithm.rfcName());
    }

    /** The method and the whole target: {@code @path} counts only with {@code @query} or when there is no query. */
    private static boolean coversTarget(Set<String> covered, URI target) {
        if (!covered.contains("@method")) {
            return false;
        }
        if (covered.contains("@target-uri") || covered.contains("@request-target")) {
            return true;
        }
        return covered.contains("@path") && (covered.contains("@query") || target.getRawQuery() == null);
    }

    private static Optional<String> stringParameter(Parameters parameters, String name, String label) throws Refusal {
        Item<? extends Object> item = parameters.get(name);
        if (item == null) {
            return Optional.empty();
        }
        if (!(item instanceof StringItem string)) {
            throw new Refusal("the " + name + " of Signature-Input '" + label + "' is not a string");
        }
        return Optional.of(string.get());
    }

    private static Optional<Instant> timeParameter(Parameters parameters, String name, String label) throws Refusal {
        Item<? extends Object> item = parameters.get(name);
        if (item == null) {
            return Optional.empty();
        }
        if (!(item instanceof IntegerItem integer)) {
            throw new Refusal("the " + name + " of Signature-Input '" + label + "' is not an integer");
        }
        return Optional.of(Instant.ofEpochSecond(integer.getAsLong()));
    }

    /**
     * Signs {@code request} under {@link #LABEL}, covering {@code @method @target-uri content-digest date}
     * (a GET without content: {@code @method @target-uri date}) with {@code created}, {@code keyid}
     * and {@code alg}. Returns the fields to add: {@code Date} (kept when present),
     * {@code Content-Digest} when there is content, {@code Signature-Input} and {@code Signature}.
     */
    static HttpHeaders sign(HttpMessage request, String keyId, PrivateKey key, SignatureAlgorithm algorithm,
            Instant now) {
        HttpHeaders.Builder added = HttpHeaders.builder();
        String date = request.headers().first("Date").orElse(HttpDates.format(now));
        added.add("Date", date);
        List<Item<? extends Object>> components = new ArrayList<>(List.of(StringItem.valueOf("@method"),
                StringItem.valueOf("@target-uri")));
        HttpHeaders headers = request.headers().replacing("Date", date);
        if (request.hasBody() || request.expectsBody()) {
            String digest = BodyDigests.contentDigest(request.body(), "sha-256");
            added.add("Content-Digest", digest);
            headers = headers.replacing("Content-Digest", digest);
            components.add(StringItem.valueOf("content-digest"));
        }
        components.add(StringItem.valueOf("date"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("created", now.getEpochSecond());
        parameters.put("keyid", keyId);
        parameters.put("alg", algorithm.rfcName());
        InnerList input = InnerList.valueOf(components).withParams(Parameters.valueOf(parameters));
        String base;
        try {
            base = signatureBase(request.withHeaders(headers), input);
        } catch (Refusal e) {
            throw new IllegalArgumentException("cannot sign this request: " + e.getMessage(), e);
        }
        byte[] signature = algorithm.sign(key, base.getBytes(StandardCharsets.UTF_8));
        Map<String, ListElement<? extends Object>> inputMember = new LinkedHashMap<>();
        inputMember.put(LABEL, input);
        Map<String, ListElement<? extends Object>> signatureMember = new LinkedHashMap<>();
        signatureMember.put(LABEL, ByteSequenceItem.valueOf(signature));
        return added.add("Signature-Input", Dictionary.valueOf(inputMember).serialize())
                .add("Signature", Dictionary.valueOf(signatureMember).serialize()).build();
    }
}
