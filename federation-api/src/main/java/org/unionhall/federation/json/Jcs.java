package org.unionhall.federation.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON Canonicalization Scheme (RFC 8785): object members sorted by their keys' UTF-16 code
 * units, no whitespace, strings escaped as ECMAScript's {@code JSON.stringify} does and numbers
 * written as ECMAScript writes a double (§3.2.2.3). Integers beyond ±(2^53−1) are refused, as
 * I-JSON (RFC 7493) requires, rather than silently rounded.
 */
public final class Jcs {

    private static final BigInteger MAX_SAFE = BigInteger.valueOf((1L << 53) - 1);

    private Jcs() {
    }

    /** The canonical form of {@code value}, as UTF-8 bytes. */
    public static byte[] canonicalize(JsonNode value) {
        return canonicalText(value).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical form of {@code value}, as text. */
    public static String canonicalText(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonNode value, StringBuilder out) {
        switch (value.getNodeType()) {
            case OBJECT -> {
                List<String> keys = new ArrayList<>();
                for (Map.Entry<String, JsonNode> entry : value.properties()) {
                    keys.add(entry.getKey());
                }
                keys.sort(null);
                out.append('{');
                for (int i = 0; i < keys.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(keys.get(i), out);
                    out.append(':');
                    write(value.get(keys.get(i)), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < value.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(value.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(value.asText(), out);
            case NUMBER -> out.append(value.isIntegralNumber() ? integer(value.bigIntegerValue())
                    : number(value.doubleValue()));
            case BOOLEAN -> out.append(value.booleanValue());
            case NULL -> out.append("null");
            default -> throw new JsonFormatException("a " + value.getNodeType() + " has no canonical JSON form");
        }
    }

    private static String integer(BigInteger value) {
        if (value.abs().compareTo(MAX_SAFE) > 0) {
            throw new JsonFormatException("the integer " + value + " is outside the I-JSON range ±(2^53−1)");
        }
        return value.toString();
    }

    /** ECMAScript's Number::toString for a finite double (ECMA-262 §6.1.6.1.20). */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new JsonFormatException("NaN and infinities have no JSON form");
        }
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + number(-value);
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal shortest = exact;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                shortest = candidate;
                break;
            }
        }
        String digits = shortest.unscaledValue().toString().replaceAll("0+$", "");
        int k = digits.length();
        int n = shortest.precision() - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String sign = exponent < 0 ? "-" : "+";
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + sign + Math.abs(exponent);
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    throw new JsonFormatException("a string holds a lone surrogate, which has no UTF-8 form");
                }
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                throw new JsonFormatException("a string holds a lone surrogate, which has no UTF-8 form");
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
