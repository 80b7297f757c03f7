package org.unionhall.domain.shared;

/**
 * Root of the unchecked exceptions the domain and the application services throw. Every message
 * is written for a person and safe to show on a page or in a problem+json body; none holds a
 * secret, a password or a vote choice.
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }
}
