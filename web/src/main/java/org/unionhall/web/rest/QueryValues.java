package org.unionhall.web.rest;

import org.unionhall.application.Page;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;

/**
 * Numbers taken from the query string, read here rather than by JAX-RS: text where a number goes
 * answers 422 naming the parameter (JAX-RS would answer 404, as if the address did not exist),
 * and so does a number beyond what the parameter can mean.
 */
public final class QueryValues {

    /**
     * The highest page number: the first row of the page, page × size with a size of at most
     * {@value Page#MAX_SIZE}, must stay a row number the database query can be asked for.
     */
    public static final int MAX_PAGE = Integer.MAX_VALUE / Page.MAX_SIZE;

    private QueryValues() {
    }

    /** A zero-based page number, 0 to {@link #MAX_PAGE}. */
    public static int page(String value) {
        return (int) whole("page", value, 0, MAX_PAGE);
    }

    /** A whole number that fits an {@code int}; the service checks its own range. */
    public static int wholeInt(String name, String value) {
        return (int) whole(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A whole number that fits a {@code long}; the service checks its own range. */
    public static long wholeLong(String name, String value) {
        return whole(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static long whole(String name, String value, long min, long max) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // text, a fraction or a number beyond a long: refused below like one out of range
        }
        return refuse(name, value, min, max);
    }

    private static long refuse(String name, String value, long min, long max) {
        throw new InvalidInput("The query parameter '" + name + "' must be a whole number from " + min + " to " + max
                + (value == null ? "." : "; \"" + Check.abbreviate(value) + "\" is not."));
    }
}
