package org.unionhall.federation.json;

/**
 * A document that is not acceptable JSON for the federation, or a field of the wrong shape; the
 * message names the field and says what was expected, so it can go back to the sender as is.
 */
public final class JsonFormatException extends IllegalArgumentException {

    public JsonFormatException(String message) {
        super(message);
    }

    public JsonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
