package org.unionhall.federation.signature;

import java.util.Objects;

/**
 * What the verifier found: either a signature that holds, naming the key that made it, or a
 * refusal with its reason. The inbox answers 401 to a refusal and logs its reason; on a verified
 * message it must still check that {@link Verified#keyId()} belongs to the activity's actor.
 */
public sealed interface VerificationResult {

    /** True when the signature holds. */
    default boolean verified() {
        return this instanceof Verified;
    }

    /**
     * The signature holds and the message meets the policy.
     *
     * @param keyId the key that verified, as the message named it
     * @param style the signature form the message used
     * @param algorithm the algorithm that verified, by its name in that form
     */
    record Verified(String keyId, SignatureStyle style, String algorithm) implements VerificationResult {
        /** Checks that nothing is missing. */
        public Verified {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(algorithm, "algorithm");
        }
    }

    /**
     * The message is refused.
     *
     * @param reason why, in plain words ("the Digest does not match the body")
     */
    record Refused(String reason) implements VerificationResult {
        /** Checks that there is a reason. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
