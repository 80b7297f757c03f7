package org.unionhall.federation.proof;

/** A key or proof value that cannot be decoded; the message says which and why. */
public final class ProofException extends IllegalArgumentException {

    public ProofException(String message) {
        super(message);
    }

    public ProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
