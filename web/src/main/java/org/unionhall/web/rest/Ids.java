package org.unionhall.web.rest;

import java.util.function.Function;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;

/**
 * The one way the API reads an id from its address: a malformed id names nothing, so it answers
 * 404 like an unknown one, and the id's own parser (e.g. {@code MotionId::of}) decides what is
 * malformed.
 */
public final class Ids {

    private Ids() {
    }

    /**
     * @param value the id as it appears in the path
     * @param parse the id type's parser, which throws {@link InvalidInput} for a malformed id
     * @param what the kind of thing, for the message, e.g. {@code "motion"}
     */
    public static <T> T fromPath(String value, Function<String, T> parse, String what) {
        try {
            return parse.apply(value);
        } catch (InvalidInput e) {
            throw new NotFound("There is no " + what + " with the id in this address.");
        }
    }
}
