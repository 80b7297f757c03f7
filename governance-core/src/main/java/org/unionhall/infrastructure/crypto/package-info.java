/** Cryptography behind the domain's ports: Argon2id password hashing with Bouncy Castle. */
package org.unionhall.infrastructure.crypto;
