package org.unionhall.federation.signature;

import java.time.Clock;
import java.util.Objects;

/**
 * Checks the signature of an incoming message, RFC 9421 when it has a {@code Signature-Input}
 * header and draft-cavage-12 otherwise, under one {@link VerificationPolicy}: the covered
 * components, the time window, the body's digest and the signature itself. The result names the
 * key that verified; whether that key belongs to the activity's actor is the caller's check.
 */
public final class SignatureVerifier {

    private final KeyLookup keys;
    private final Clock clock;
    private final VerificationPolicy policy;

    /**
     * @param keys finds the key a message names
     * @param clock the time the window is measured from
     * @param policy what a signature must cover and how old it may be
     */
    public SignatureVerifier(KeyLookup keys, Clock clock, VerificationPolicy policy) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A verifier with Mastodon's window ({@link VerificationPolicy#fediverse()}). */
    public SignatureVerifier(KeyLookup keys, Clock clock) {
        this(keys, clock, VerificationPolicy.fediverse());
    }

    /** Verifies {@code message}: {@link VerificationResult.Verified} with its key, or the reason it is refused. */
    public VerificationResult verify(HttpMessage message) {
        try {
            if (MessageSignatures.present(message)) {
                return MessageSignatures.verify(message, keys, clock.instant(), policy);
            }
            if (message.headers().has("Signature")) {
                return CavageSignatures.verify(message, keys, clock.instant(), policy);
            }
            return new VerificationResult.Refused("the message is not signed: no Signature or Signature-Input header");
        } catch (Refusal refusal) {
            return new VerificationResult.Refused(refusal.getMessage());
        }
    }
}
