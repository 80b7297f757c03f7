package org.unionhall.web.rest;

import java.util.function.Function;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;

/** Ids taken from the path: a malformed id names nothing, so it answers 404 like an unknown one. */
final class Ids {

    private Ids() {
    }

    static <T> T fromPath(String value, Function<String, T> parse, String what) {
        try {
            return parse.apply(value);
        } catch (InvalidInput e) {
            throw new NotFound("There is no " + what + " with the id in this address.");
        }
    }
}
