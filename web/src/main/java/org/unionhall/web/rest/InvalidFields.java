package org.unionhall.web.rest;

import java.util.ArrayList;
import java.util.List;
import org.unionhall.web.problem.Problem;

/**
 * Refused fields of a JSON body, answered as 422 naming each field. The checks run before any
 * service is called, so nothing is written when one fails.
 */
public final class InvalidFields extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> fields;

    InvalidFields(List<Problem.FieldError> fields) {
        super(fields.toString());
        this.fields = List.copyOf(fields);
    }

    /** The refused fields, in the order checked. */
    public List<Problem.FieldError> fields() {
        return fields;
    }

    /** Starts collecting checks of one body; a missing body is refused at once. */
    public static Checks of(Object body) {
        if (body == null) {
            throw new InvalidFields(List.of(new Problem.FieldError("body", "A JSON body is required.")));
        }
        return new Checks();
    }

    /** Checks collected for one body. */
    public static final class Checks {
        private final List<Problem.FieldError> refused = new ArrayList<>();

        private Checks() {
        }

        /** A required text of at most {@code max} characters. */
        public Checks required(String field, String value, int max) {
            if (value == null || value.isBlank()) {
                refused.add(new Problem.FieldError(field, "is required"));
                return this;
            }
            return optional(field, value, max);
        }

        /** An optional text of at most {@code max} characters. */
        public Checks optional(String field, String value, int max) {
            if (value != null && value.length() > max) {
                refused.add(new Problem.FieldError(field, "is too long (" + value.length() + " characters, at most "
                        + max + ")"));
            }
            return this;
        }

        /** A required value of any other type. */
        public Checks present(String field, Object value) {
            if (value == null) {
                refused.add(new Problem.FieldError(field, "is required"));
            }
            return this;
        }

        /** Throws when any check failed. */
        public void verify() {
            if (!refused.isEmpty()) {
                throw new InvalidFields(refused);
            }
        }
    }
}
