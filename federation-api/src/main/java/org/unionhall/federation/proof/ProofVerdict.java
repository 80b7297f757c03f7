package org.unionhall.federation.proof;

import java.net.URI;
import java.util.Optional;

/**
 * What {@link EddsaJcs2022#verify} decided: a valid proof names its controller (the actor who
 * signed); a refused one says why.
 */
public record ProofVerdict(Optional<URI> controller, String reason) {

    static ProofVerdict valid(URI controller) {
        return new ProofVerdict(Optional.of(controller), "valid proof by " + controller);
    }

    static ProofVerdict refused(String reason) {
        return new ProofVerdict(Optional.empty(), reason);
    }

    /** Whether the proof is valid. */
    public boolean isValid() {
        return controller.isPresent();
    }
}
