package org.unionhall.crypto.record;

/**
 * The record cannot be read at all: a missing file, malformed or non-canonical JSON. The
 * verifier reports this as unusable input rather than as a failed check.
 */
public final class RecordFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param reason what is wrong, in plain words */
    public RecordFormatException(String reason) {
        super(reason);
    }
}
