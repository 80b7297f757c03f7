package org.unionhall.federation.signature;

/**
 * Thrown inside the verifier when a message fails a check; the verifier turns it into
 * {@link VerificationResult.Refused}. The message is the reason, in words the inbox can log.
 */
final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    Refusal(String reason) {
        super(reason, null, false, false);
    }
}
