package org.unionhall.crypto.group;

/**
 * Thrown when data from outside (an encoding, a proof, a message) fails a check. The message
 * names the failed check in words a person can act on; nothing has been changed when it is thrown.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param reason the failed check, in plain words */
    public InvalidInputException(String reason) {
        super(reason);
    }
}
