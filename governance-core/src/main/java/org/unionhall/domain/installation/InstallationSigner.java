package org.unionhall.domain.installation;

/**
 * The installation's own Ed25519 key (RFC 8032), with which it signs what it publishes to
 * federation peers and to anyone who checks its books: ledger checkpoints today. The key is made
 * once per installation and kept in its database; the private half never leaves the signer (no
 * export, page, log or answer holds it). docs/ledger.md says where it lives.
 */
public interface InstallationSigner {

    /** The public key: 32 bytes. */
    byte[] publicKey();

    /** The Ed25519 signature of the message: 64 bytes. */
    byte[] sign(byte[] message);

    /**
     * Whether the signature is an Ed25519 signature of the message by the given public key (this
     * installation's or another's); malformed keys and signatures do not verify.
     */
    boolean verifies(byte[] publicKey, byte[] message, byte[] signature);
}
