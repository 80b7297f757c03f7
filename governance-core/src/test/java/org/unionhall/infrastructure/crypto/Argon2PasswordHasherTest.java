package org.unionhall.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void agreesWithTheReferenceImplementation() {
        // echo -n "union-demo-2026" | argon2 somesaltsomesalt -id -t 2 -k 19456 -p 1 -l 32 -e  (Debian argon2 0~20190702)
        String reference = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$6o2gFexcZcagRIe02LUmWxgddDHp7iAooMhdYx9jcoo";
        assertTrue(hasher.verify("union-demo-2026".toCharArray(), reference));
        assertFalse(hasher.verify("union-demo-2027".toCharArray(), reference));
        assertFalse(hasher.needsRehash(reference));
    }

    @Test
    void hashesCarryTheirParametersAndAFreshSalt() {
        String a = hasher.hash("correct horse".toCharArray());
        String b = hasher.hash("correct horse".toCharArray());
        assertTrue(a.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), a);
        assertNotEquals(a, b);
        assertTrue(hasher.verify("correct horse".toCharArray(), a));
        assertTrue(hasher.verify("correct horse".toCharArray(), b));
        assertFalse(hasher.verify("correct horsE".toCharArray(), a));
    }

    @Test
    void weakerOldHashesStillVerifyAndAskToBeRehashed() {
        String weak = "$argon2id$v=19$m=4096,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$"
                + "ignored";
        assertTrue(hasher.needsRehash(weak));
        String malformed = "$2a$10$notargon";
        assertFalse(hasher.verify("anything".toCharArray(), malformed));
        assertFalse(hasher.verify("anything".toCharArray(), null));
        assertTrue(hasher.needsRehash(malformed));
    }
}
