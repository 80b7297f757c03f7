package org.unionhall.federation.proof;

import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unionhall.federation.json.Fields;

/**
 * An Ed25519 public key as a Multikey verification method (FEP-521a, Controlled Identifiers
 * §2.2.2): {@code publicKeyMultibase} is {@code z} + base58btc of the multicodec prefix
 * {@code 0xed 0x01} and the raw 32-byte key. An actor lists its Multikeys under
 * {@code assertionMethod}; the {@code controller} is the actor.
 */
public record Multikey(URI id, URI controller, String publicKeyMultibase) {

    /** The type name written in JSON. */
    public static final String TYPE = "Multikey";
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    private static final byte[] ED25519_PRIV = {(byte) 0x80, 0x26};

    public Multikey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(controller, "controller");
        decodePublicKey(publicKeyMultibase);
    }

    /** The Multikey of {@code key}, named {@code id} and controlled by {@code controller}. */
    public static Multikey of(URI id, URI controller, PublicKey key) {
        return new Multikey(id, controller, encode(key));
    }

    /** The {@code z6Mk…} form of an Ed25519 public key. */
    public static String encode(PublicKey key) {
        return Base58Btc.encode(Ed25519.concat(ED25519_PUB, Ed25519.rawPublicKey(key)));
    }

    /** The Ed25519 public key of a {@code z6Mk…} value. */
    public static PublicKey decodePublicKey(String multibase) {
        Objects.requireNonNull(multibase, "publicKeyMultibase");
        byte[] bytes = Base58Btc.decode(multibase);
        if (bytes.length != 2 + Ed25519.KEY_BYTES || bytes[0] != ED25519_PUB[0] || bytes[1] != ED25519_PUB[1]) {
            throw new ProofException("publicKeyMultibase must be an Ed25519 public key (multicodec 0xed01, 32 bytes)");
        }
        return Ed25519.publicKey(Arrays.copyOfRange(bytes, 2, bytes.length));
    }

    /**
     * The Ed25519 private key of a {@code secretKeyMultibase} value (multicodec 0x1300, varint
     * {@code 0x80 0x26}), the form in which test vectors publish their keys.
     */
    public static PrivateKey decodeSecretKey(String multibase) {
        byte[] bytes = Base58Btc.decode(multibase);
        if (bytes.length != 2 + Ed25519.KEY_BYTES || bytes[0] != ED25519_PRIV[0] || bytes[1] != ED25519_PRIV[1]) {
            throw new ProofException("secretKeyMultibase must be an Ed25519 private key (multicodec 0x1300, 32 bytes)");
        }
        return Ed25519.privateKey(Arrays.copyOfRange(bytes, 2, bytes.length));
    }

    /** The public key. */
    public PublicKey publicKey() {
        return decodePublicKey(publicKeyMultibase);
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id.toString());
        node.put("type", TYPE);
        node.put("controller", controller.toString());
        node.put("publicKeyMultibase", publicKeyMultibase);
        return node;
    }

    /** Reads a Multikey; {@code where} names it in messages. */
    public static Multikey fromJson(ObjectNode node, String where) {
        Fields f = Fields.of(node, where);
        f.requireType(TYPE);
        String multibase = f.string("publicKeyMultibase");
        try {
            return new Multikey(f.uri("id"), f.uri("controller"), multibase);
        } catch (ProofException e) {
            throw f.wrong("publicKeyMultibase", "an Ed25519 Multikey (z6Mk…): " + e.getMessage());
        }
    }
}
