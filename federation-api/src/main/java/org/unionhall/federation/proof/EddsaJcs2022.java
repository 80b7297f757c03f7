package org.unionhall.federation.proof;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Jcs;
import org.unionhall.federation.json.JsonFormatException;

/**
 * The {@code eddsa-jcs-2022} cryptosuite (Data Integrity EdDSA Cryptosuites v1.0 §3.3) as
 * FEP-8b32 uses it. The signed bytes are SHA-256(JCS(proof configuration)) ‖
 * SHA-256(JCS(document without proof)) (§3.3.4, §3.3.5); the proof configuration is the proof
 * without {@code proofValue}, carrying the document's {@code @context} (§3.3.6). One proof per
 * object (FEP-8b32): a proof set is refused.
 */
public final class EddsaJcs2022 {

    private EddsaJcs2022() {
    }

    /**
     * The document with a proof by {@code key}, whose Multikey is {@code verificationMethod};
     * {@code created} is written to the second.
     */
    public static ObjectNode sign(ObjectNode document, PrivateKey key, URI verificationMethod, Instant created) {
        if (document.has("proof")) {
            throw new IllegalArgumentException("the document already carries a proof");
        }
        ObjectNode config = document.objectNode();
        config.put("type", DataIntegrityProof.TYPE);
        config.put("cryptosuite", DataIntegrityProof.CRYPTOSUITE);
        config.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        config.put("verificationMethod", verificationMethod.toString());
        config.put("proofPurpose", DataIntegrityProof.PURPOSE);
        if (document.has("@context")) {
            config.set("@context", document.get("@context").deepCopy());
        }
        byte[] signature = Ed25519.sign(key, hashData(config, document));
        ObjectNode secured = document.deepCopy();
        secured.set("proof", config.put("proofValue", Base58Btc.encode(signature)));
        return secured;
    }

    /**
     * Checks the proof of {@code secured} (§3.3.2). {@code keys} finds a Multikey by its id, from
     * actor documents already held (nothing is fetched here); the key's controller must be the
     * document's {@link Owner}.
     */
    public static ProofVerdict verify(ObjectNode secured, Function<URI, Optional<Multikey>> keys) {
        Optional<DataIntegrityProof> read;
        try {
            read = readProof(secured);
        } catch (JsonFormatException e) {
            return ProofVerdict.refused(e.getMessage());
        }
        if (read.isEmpty()) {
            return ProofVerdict.refused("the object carries no proof");
        }
        URI method = read.get().verificationMethod();
        Optional<Multikey> found = keys.apply(method);
        if (found.isEmpty()) {
            return ProofVerdict.refused("unknown verification method " + method);
        }
        Multikey key = found.get();
        if (!key.id().equals(method)) {
            return ProofVerdict.refused("the key found is " + key.id() + ", not the proof's " + method);
        }
        ObjectNode document = secured.deepCopy();
        document.remove("proof");
        Optional<URI> owner = Owner.of(document);
        if (owner.isEmpty()) {
            return ProofVerdict.refused("the object names no owner (actor, attributedTo) whose proof it could carry");
        }
        if (!owner.get().equals(key.controller())) {
            return ProofVerdict.refused("the proof is by " + key.controller() + ", but the object belongs to " + owner.get());
        }
        return verifySignature(secured, key);
    }

    /**
     * The cryptographic half of {@link #verify}: whether the proof of {@code secured} is a valid
     * signature by {@code key}, whoever owns the document.
     */
    public static ProofVerdict verifySignature(ObjectNode secured, Multikey key) {
        DataIntegrityProof read;
        try {
            Optional<DataIntegrityProof> found = readProof(secured);
            if (found.isEmpty()) {
                return ProofVerdict.refused("the object carries no proof");
            }
            read = found.get();
        } catch (JsonFormatException e) {
            return ProofVerdict.refused(e.getMessage());
        }
        if (!read.verificationMethod().equals(key.id())) {
            return ProofVerdict.refused("the proof names " + read.verificationMethod() + ", not the key " + key.id());
        }
        ObjectNode proof = (ObjectNode) secured.get("proof");
        ObjectNode document = secured.deepCopy();
        document.remove("proof");
        if (proof.has("@context") && !contextStartsWith(document.get("@context"), proof.get("@context"))) {
            return ProofVerdict.refused("the proof's @context is not the start of the document's @context");
        }
        byte[] signature;
        try {
            signature = Base58Btc.decode(read.proofValue());
        } catch (ProofException e) {
            return ProofVerdict.refused("`proof.proofValue`: " + e.getMessage());
        }
        ObjectNode config = proof.deepCopy();
        config.remove("proofValue");
        byte[] signed;
        try {
            signed = hashData(config, document);
        } catch (JsonFormatException e) {
            return ProofVerdict.refused("the object has no canonical form: " + e.getMessage());
        }
        if (!Ed25519.verify(key.publicKey(), signed, signature)) {
            return ProofVerdict.refused("the signature does not match the object and proof (altered, or another key)");
        }
        return ProofVerdict.valid(key.controller());
    }

    private static Optional<DataIntegrityProof> readProof(ObjectNode secured) {
        JsonNode proof = secured.get("proof");
        if (proof == null) {
            return Optional.empty();
        }
        if (!proof.isObject()) {
            throw new JsonFormatException("`proof` must be one object (a proof set is not accepted)");
        }
        return Optional.of(DataIntegrityProof.fromJson((ObjectNode) proof));
    }

    /** SHA-256(JCS(config)) ‖ SHA-256(JCS(document)), the bytes that are signed (§3.3.4). */
    static byte[] hashData(ObjectNode config, ObjectNode document) {
        return Ed25519.concat(sha256(Jcs.canonicalize(config)), sha256(Jcs.canonicalize(document)));
    }

    private static boolean contextStartsWith(JsonNode documentContext, JsonNode proofContext) {
        if (documentContext == null) {
            return false;
        }
        JsonNode doc = documentContext.isArray() ? documentContext : JsonNodeFactory.instance.arrayNode().add(documentContext);
        JsonNode prf = proofContext.isArray() ? proofContext : JsonNodeFactory.instance.arrayNode().add(proofContext);
        if (prf.size() > doc.size()) {
            return false;
        }
        for (int i = 0; i < prf.size(); i++) {
            if (!prf.get(i).equals(doc.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
