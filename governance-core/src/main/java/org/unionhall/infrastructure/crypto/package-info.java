/**
 * Cryptography behind the domain's ports: Argon2id password hashing and the installation's
 * Ed25519 signing key, with Bouncy Castle.
 */
package org.unionhall.infrastructure.crypto;
