package org.unionhall.web.rest;

import java.util.List;
import org.unionhall.web.problem.Problem;

/**
 * A request body that cannot be read as the request it claims to be: not UTF-8, not JSON, nested
 * too deeply, a key twice in one object, a field the request does not have, or a value of the
 * wrong JSON type. Answered as 400 {@code malformed-json}, naming the fields where there are any;
 * nothing is called and nothing is written.
 */
public final class UnreadableBody extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> fields;

    /**
     * @param detail what is wrong with the body, in a sentence a person understands
     * @param fields the fields at fault (may be empty)
     */
    UnreadableBody(String detail, List<Problem.FieldError> fields) {
        super(detail);
        this.fields = List.copyOf(fields);
    }

    /** The fields at fault, in the order met. */
    public List<Problem.FieldError> fields() {
        return fields;
    }
}
