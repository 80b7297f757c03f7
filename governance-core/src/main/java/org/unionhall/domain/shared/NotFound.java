package org.unionhall.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * Something asked for does not exist (or the caller may not know that it exists). Maps to 404.
 */
@ApplicationException(rollback = true)
public class NotFound extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message a sentence for a person, e.g. shown on the page or in a problem+json detail */
    public NotFound(String message) {
        super(message);
    }
}
