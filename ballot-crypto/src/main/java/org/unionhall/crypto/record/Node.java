package org.unionhall.crypto.record;

import java.util.List;
import java.util.Map;

import org.unionhall.crypto.group.InvalidInputException;

/**
 * Typed access to a parsed JSON object with errors that name the field, e.g.
 * "record field check: board line 12: ballot.signature is missing".
 */
final class Node {

    private final Map<String, Object> map;
    private final String where;

    @SuppressWarnings("unchecked")
    Node(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new InvalidInputException("record field check: " + where + " must be a JSON object");
        }
        this.map = (Map<String, Object>) value;
        this.where = where;
    }

    Object raw(String name) {
        Object v = map.get(name);
        if (v == null) {
            throw new InvalidInputException("record field check: " + where + "." + name + " is missing");
        }
        return v;
    }

    boolean has(String name) {
        return map.containsKey(name);
    }

    void only(String... names) {
        if (map.size() != names.length || !map.keySet().containsAll(List.of(names))) {
            throw new InvalidInputException("record field check: " + where + " must have exactly the fields "
                    + String.join(", ", names));
        }
    }

    String string(String name) {
        Object v = raw(name);
        if (!(v instanceof String)) {
            throw new InvalidInputException("record field check: " + where + "." + name + " must be a string");
        }
        return (String) v;
    }

    long integer(String name) {
        Object v = raw(name);
        if (!(v instanceof Long)) {
            throw new InvalidInputException("record field check: " + where + "." + name + " must be an integer");
        }
        return (Long) v;
    }

    int smallInt(String name) {
        long v = integer(name);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new InvalidInputException("record field check: " + where + "." + name + " is out of range");
        }
        return (int) v;
    }

    byte[] bytes(String name) {
        return Bytes.decode(string(name));
    }

    List<Object> list(String name) {
        Object v = raw(name);
        if (!(v instanceof List)) {
            throw new InvalidInputException("record field check: " + where + "." + name + " must be an array");
        }
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) v;
        return l;
    }

    Node node(String name) {
        return new Node(raw(name), where + "." + name);
    }

    String where() {
        return where;
    }

    static String string(Object v, String where) {
        if (!(v instanceof String)) {
            throw new InvalidInputException("record field check: " + where + " must be a string");
        }
        return (String) v;
    }

    static long integer(Object v, String where) {
        if (!(v instanceof Long)) {
            throw new InvalidInputException("record field check: " + where + " must be an integer");
        }
        return (Long) v;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object v, String where) {
        if (!(v instanceof List)) {
            throw new InvalidInputException("record field check: " + where + " must be an array");
        }
        return (List<Object>) v;
    }
}
