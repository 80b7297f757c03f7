package org.unionhall.domain.account;

/** Turns passwords into slow, salted hashes and checks them. */
public interface PasswordHasher {

    /** A new encoded hash of the password with a fresh random salt and the current parameters. */
    String hash(char[] password);

    /** Whether the password matches the encoded hash; a malformed hash never matches. */
    boolean verify(char[] password, String encodedHash);

    /**
     * Spends the same time as {@link #verify} for a password against no account, so an unknown
     * e-mail cannot be told from a wrong password by timing.
     */
    void verifyNothing(char[] password);

    /** Whether the hash was made with weaker parameters than the current ones. */
    boolean needsRehash(String encodedHash);
}
