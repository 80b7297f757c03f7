package org.unionhall.domain.bylaws;

import java.util.Objects;

/**
 * How one kind of motion is decided.
 *
 * @param body secret member ballot or delegate congress
 * @param threshold the support needed
 */
public record KindRule(DecisionBody body, Threshold threshold) {

    /** Both parts are required. */
    public KindRule {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(threshold, "threshold");
    }
}
