package org.unionhall.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the union refused the change, e.g. no free delegate seat, duplicate membership, a steward admitting themselves. Maps to 409 (or 422). Nothing was changed.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message a sentence for a person, e.g. shown on the page or in a problem+json detail */
    public RuleViolation(String message) {
        super(message);
    }
}
