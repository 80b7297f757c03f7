package org.unionhall.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * The caller holds no power in the scope the change or view belongs to (a steward of chapter A in chapter B, a plain member on a steward action). Maps to 403.
 */
@ApplicationException(rollback = true)
public class AccessDenied extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message a sentence for a person, e.g. shown on the page or in a problem+json detail */
    public AccessDenied(String message) {
        super(message);
    }
}
