package org.unionhall.federation.signature;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * draft-cavage-http-signatures-12 as Mastodon sends and checks it: one {@code Signature} header
 * {@code keyId="…",algorithm="rsa-sha256",headers="(request-target) host date digest content-type",signature="…"},
 * a signing string of {@code name: value} lines joined by {@code \n}, and an RFC 3230
 * {@code Digest: SHA-256=…} of the body.
 */
final class CavageSignatures {

    private static final VerificationPolicy.Names NAMES = new VerificationPolicy.Names("(request-target)", "host",
            "date or (created)", "digest");
    private static final Set<String> PARAMETERS = Set.of("keyid", "algorithm", "headers", "signature", "created",
            "expires");

    private CavageSignatures() {
    }

    /** The parameters of one {@code Signature} header. */
    record Header(String keyId, Optional<String> algorithm, List<String> headers, byte[] signature,
            Optional<Instant> created, Optional<Instant> expires) {
    }

    /** Reads a {@code Signature} header: comma-separated {@code name="value"} (or numeric) parameters. */
    static Header parse(List<String> lines) throws Refusal {
        if (lines.size() != 1) {
            throw new Refusal(lines.isEmpty() ? "the message is not signed: no Signature header"
                    : "the message has " + lines.size() + " Signature headers; one is expected");
        }
        Map<String, String> parameters = parameters(lines.get(0));
        String keyId = parameters.get("keyid");
        if (keyId == null || keyId.isEmpty()) {
            throw new Refusal("the Signature header names no keyId");
        }
        String signature = parameters.get("signature");
        if (signature == null) {
            throw new Refusal("the Signature header has no signature");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            throw new Refusal("the Signature header's signature is not base64");
        }
        String names = parameters.getOrDefault("headers", "date").trim().toLowerCase(Locale.ROOT);
        if (names.isEmpty()) {
            throw new Refusal("the Signature header's headers list is empty");
        }
        List<String> headers = List.of(names.split("[ \t]+"));
        if (new LinkedHashSet<>(headers).size() != headers.size()) {
            throw new Refusal("the Signature header's headers list names a header twice");
        }
        return new Header(keyId, Optional.ofNullable(parameters.get("algorithm")), headers, bytes,
                time(parameters, "created"), time(parameters, "expires"));
    }

    private static Optional<Instant> time(Map<String, String> parameters, String name) throws Refusal {
        String value = parameters.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.matches("[0-9]{1,15}")) {
            throw new Refusal("the Signature header's " + name + " is not a whole number of seconds");
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
    }

    private static Map<String, String> parameters(String value) throws Refusal {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = 0;
        int n = value.length();
        while (true) {
            while (i < n && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            int nameStart = i;
            while (i < n && (Character.isLetterOrDigit(value.charAt(i)) || value.charAt(i) == '-')) {
                i++;
            }
            if (i == nameStart || i >= n || value.charAt(i) != '=') {
                throw malformed(value);
            }
            String name = value.substring(nameStart, i).toLowerCase(Locale.ROOT);
            i++;
            StringBuilder parameter = new StringBuilder();
            if (i < n && value.charAt(i) == '"') {
                i++;
                while (i < n && value.charAt(i) != '"') {
                    if (value.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    parameter.append(value.charAt(i++));
                }
                if (i >= n) {
                    throw malformed(value);
                }
                i++;
            } else {
                while (i < n && value.charAt(i) != ',' && value.charAt(i) != ' ' && value.charAt(i) != '\t') {
                    parameter.append(value.charAt(i++));
                }
            }
            if (!PARAMETERS.contains(name)) {
                throw new Refusal("the Signature header has an unknown parameter " + name);
            }
            if (parameters.put(name, parameter.toString()) != null) {
                throw new Refusal("the Signature header has " + name + " twice");
            }
            while (i < n && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            if (i == n) {
                return parameters;
            }
            if (value.charAt(i) != ',') {
                throw malformed(value);
            }
            i++;
        }
    }

    private static Refusal malformed(String value) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return new Refusal("the Signature header is malformed: " + shown);
    }

    /** The signing string (§2.3): one {@code name: value} line per listed header, joined by {@code \n}. */
    static String signingString(HttpMessage request, Header header) throws Refusal {
        List<String> lines = new ArrayList<>();
        for (String name : header.headers()) {
            String value = switch (name) {
                case "(request-target)" -> requestTarget(request);
                case "(created)" -> Long.toString(header.created()
                        .orElseThrow(() -> new Refusal("(created) is signed, but the Signature header has no created"))
                        .getEpochSecond());
                case "(expires)" -> Long.toString(header.expires()
                        .orElseThrow(() -> new Refusal("(expires) is signed, but the Signature header has no expires"))
                        .getEpochSecond());
                default -> {
                    if (name.startsWith("(")) {
                        throw new Refusal("the signed pseudo-header " + name + " is not supported");
                    }
                    List<String> values = request.headers().all(name);
                    if (values.isEmpty()) {
                        throw new Refusal("the signed header " + name + " is missing");
                    }
                    yield values.stream().map(String::trim).collect(Collectors.joining(", "));
                }
            };
            lines.add(name + ": " + value);
        }
        return String.join("\n", lines);
    }

    private static String requestTarget(HttpMessage request) {
        String path = request.targetUri().getRawPath();
        String query = request.targetUri().getRawQuery();
        return request.method().toLowerCase(Locale.ROOT) + " " + (path == null || path.isEmpty() ? "/" : path)
                + (query == null ? "" : "?" + query);
    }

    /** Verifies the {@code Signature} header of {@code request} under {@code policy}. */
    static VerificationResult.Verified verify(HttpMessage request, KeyLookup keys, Instant now,
            VerificationPolicy policy) throws Refusal {
        if (!request.isRequest()) {
            throw new Refusal("draft-cavage signatures are checked on requests only");
        }
        Header header = parse(request.headers().all("Signature"));
        Optional<SignatureAlgorithm> named = named(header.algorithm());
        List<String> covered = header.headers();
        boolean date = covered.contains("date");
        boolean digest = covered.contains("digest");
        policy.checkCoverage(request, NAMES, covered.contains("(request-target)"), covered.contains("host"),
                date || covered.contains("(created)"), digest);
        if (header.created().isPresent()) {
            policy.checkSignedAt(header.created().get(), now);
        }
        if (date) {
            policy.checkSignedAt(HttpDates.parse(request.headers().first("Date")
                    .orElseThrow(() -> new Refusal("the signed header date is missing"))), now);
        }
        if (header.expires().isPresent()) {
            policy.checkExpires(header.expires().get(), now);
        }
        if (digest) {
            BodyDigests.checkLegacyDigest(request.headers().all("Digest"), request.body());
        }
        String signingString = signingString(request, header);
        VerificationKey key = keys.find(header.keyId())
                .orElseThrow(() -> new Refusal("no key is known for keyId " + header.keyId()));
        SignatureAlgorithm algorithm = key.choose(named).orElseThrow(() -> new Refusal(
                "the key " + header.keyId() + " cannot verify " + header.algorithm().orElse("hs2019") + " signatures"));
        if (algorithm != SignatureAlgorithm.RSA_V1_5_SHA256 && algorithm != SignatureAlgorithm.ED25519) {
            throw new Refusal("hs2019 is accepted with RSA (PKCS #1 v1.5, SHA-256) and Ed25519 keys only");
        }
        algorithm.verify(key.key(), signingString.getBytes(StandardCharsets.UTF_8), header.signature());
        return new VerificationResult.Verified(header.keyId(), SignatureStyle.CAVAGE_12,
                header.algorithm().orElse("hs2019"));
    }

    /** {@code rsa-sha256} names RSASSA-PKCS1-v1_5 with SHA-256; {@code hs2019} (or none) leaves it to the key. */
    private static Optional<SignatureAlgorithm> named(Optional<String> algorithm) throws Refusal {
        if (algorithm.isEmpty() || algorithm.get().equals("hs2019")) {
            return Optional.empty();
        }
        if (algorithm.get().equals("rsa-sha256")) {
            return Optional.of(SignatureAlgorithm.RSA_V1_5_SHA256);
        }
        throw new Refusal("unknown algorithm '" + algorithm.get() + "'; rsa-sha256 and hs2019 are accepted");
    }

    /**
     * Signs {@code request} as Mastodon does, covering {@code (request-target) host date}, and
     * {@code digest} and {@code content-type} when present. Returns the fields to add: {@code Host},
     * {@code Date} (kept when present), {@code Digest} when there is content, and {@code Signature}.
     */
    static HttpHeaders sign(HttpMessage request, String keyId, PrivateKey key, SignatureAlgorithm algorithm,
            Instant now) {
        String algorithmName = switch (algorithm) {
            case RSA_V1_5_SHA256 -> "rsa-sha256";
            case ED25519 -> "hs2019";
            default -> throw new IllegalArgumentException("draft-cavage signing uses RSA or Ed25519 keys");
        };
        HttpHeaders.Builder added = HttpHeaders.builder();
        String host = request.headers().first("Host").orElse(MessageSignatures.authority(request.targetUri()));
        String date = request.headers().first("Date").orElse(HttpDates.format(now));
        added.add("Host", host).add("Date", date);
        HttpHeaders headers = request.headers().replacing("Host", host).replacing("Date", date);
        List<String> covered = new ArrayList<>(List.of("(request-target)", "host", "date"));
        if (request.hasBody() || request.expectsBody()) {
            String digest = BodyDigests.legacyDigest(request.body());
            added.add("Digest", digest);
            headers = headers.replacing("Digest", digest);
            covered.add("digest");
        }
        if (headers.has("Content-Type")) {
            covered.add("content-type");
        }
        Header header = new Header(keyId, Optional.of(algorithmName), covered, new byte[0], Optional.empty(),
                Optional.empty());
        String signingString;
        try {
            signingString = signingString(request.withHeaders(headers), header);
        } catch (Refusal e) {
            throw new IllegalArgumentException("cannot sign this request: " + e.getMessage(), e);
        }
        byte[] signature = algorithm.sign(key, signingString.getBytes(StandardCharsets.UTF_8));
        String value = "keyId=\"" + quoted(keyId) + "\",algorithm=\"" + algorithmName + "\",headers=\""
                + String.join(" ", covered) + "\",signature=\"" + Base64.getEncoder().encodeToString(signature) + "\"";
        return added.add("Signature", value).build();
    }

    private static String quoted(String value) {
        if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("a keyId cannot hold quotes or backslashes: " + value);
        }
        return value;
    }
}
