package org.unionhall.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A value is malformed, missing or too long (a bad id, an overlong name, an e-mail without an at sign). Maps to 400 (or 422). Nothing was changed.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message a sentence for a person, e.g. shown on the page or in a problem+json detail */
    public InvalidInput(String message) {
        super(message);
    }
}
