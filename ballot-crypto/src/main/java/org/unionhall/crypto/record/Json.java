package org.unionhall.crypto.record;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Strict canonical JSON (protocol §10.1). Values are objects ({@link Map} with keys sorted by
 * UTF-16 code unit), arrays ({@link List}), strings, integers ({@link Long} within ±(2^53−1)) and
 * booleans; no null, no fractions, no exponents. Canonical text has no whitespace, keys in
 * order, and escapes only {@code "}, {@code \}, and control characters ({@code \b \t \n \f \r},
 * otherwise {@code \}{@code u00xx}). {@link #parse} refuses anything that is not exactly the
 * canonical text of the value it denotes.
 */
public final class Json {

    /** Largest integer magnitude (JavaScript's safe integers). */
    public static final long MAX_INTEGER = (1L << 53) - 1;

    private Json() {
    }

    /** The canonical text of a value. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, value);
        return sb.toString();
    }

    /** The canonical UTF-8 bytes of a value. */
    public static byte[] bytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder sb, Object v) {
        if (v instanceof Map<?, ?> m) {
            TreeMap<String, Object> sorted = new TreeMap<>((Map<String, Object>) m);
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, e.getKey());
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Long || v instanceof Integer) {
            long n = ((Number) v).longValue();
            if (Math.abs(n) > MAX_INTEGER) {
                throw new IllegalArgumentException("integer out of the JSON safe range: " + n);
            }
            sb.append(n);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else {
            throw new IllegalArgumentException("not a canonical JSON value: " + v);
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * Parses canonical JSON text; throws {@link RecordFormatException} naming the position if the
     * text is malformed or not canonical.
     */
    public static Object parse(String text) {
        Parser p = new Parser(text);
        Object v = p.value();
        p.skipSpace();
        if (p.at != text.length()) {
            throw new RecordFormatException("malformed JSON: unexpected text at position " + p.at);
        }
        if (!write(v).equals(text)) {
            throw new RecordFormatException("JSON is not in canonical form (protocol §10.1: no spaces, sorted keys)");
        }
        return v;
    }

    private static final class Parser {
        private final String s;
        private int at;

        Parser(String s) {
            this.s = s;
        }

        Object value() {
            skipSpace();
            if (at >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(at);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw error("unexpected character '" + c + "'");
                }
            };
        }

        private Map<String, Object> object() {
            at++;
            TreeMap<String, Object> m = new TreeMap<>();
            if (peek() == '}') {
                at++;
                return m;
            }
            while (true) {
                if (peek() != '"') {
                    throw error("expected a key");
                }
                String k = string();
                expect(':');
                Object v = value();
                if (m.put(k, v) != null) {
                    throw error("duplicate key '" + k + "'");
                }
                char c = next();
                if (c == '}') {
                    return m;
                }
                if (c != ',') {
                    throw error("expected ',' or '}'");
                }
            }
        }

        private List<Object> array() {
            at++;
            List<Object> l = new ArrayList<>();
            if (peek() == ']') {
                at++;
                return l;
            }
            while (true) {
                l.add(value());
                char c = next();
                if (c == ']') {
                    return l;
                }
                if (c != ',') {
                    throw error("expected ',' or ']'");
                }
            }
        }

        private String string() {
            at++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (at >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(at++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw error("control character in a string");
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (at >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(at++);
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 't' -> sb.append('\t');
                    case 'n' -> sb.append('\n');
                    case 'f' -> sb.append('\f');
                    case 'r' -> sb.append('\r');
                    case 'u' -> {
                        if (at + 4 > s.length()) {
                            throw error("short \\u escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                        } catch (NumberFormatException x) {
                            throw error("bad \\u escape");
                        }
                        at += 4;
                    }
                    default -> throw error("bad escape");
                }
            }
        }

        private Long number() {
            int start = at;
            if (peek() == '-') {
                at++;
            }
            while (at < s.length() && Character.isDigit(s.charAt(at))) {
                at++;
            }
            if (at < s.length() && (s.charAt(at) == '.' || s.charAt(at) == 'e' || s.charAt(at) == 'E')) {
                throw error("only integers are allowed");
            }
            String t = s.substring(start, at);
            if (t.equals("-") || t.length() > 17) {
                throw error("bad integer");
            }
            long n = Long.parseLong(t);
            if (Math.abs(n) > MAX_INTEGER) {
                throw error("integer out of range");
            }
            return n;
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, at)) {
                throw error("unexpected literal");
            }
            at += word.length();
            return v;
        }

        private void skipSpace() {
            while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\t' || s.charAt(at) == '\n'
                    || s.charAt(at) == '\r')) {
                at++;
            }
        }

        private char peek() {
            skipSpace();
            if (at >= s.length()) {
                throw error("unexpected end");
            }
            return s.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw error("expected '" + c + "'");
            }
        }

        private RecordFormatException error(String what) {
            return new RecordFormatException("malformed JSON at position " + at + ": " + what);
        }
    }
}
