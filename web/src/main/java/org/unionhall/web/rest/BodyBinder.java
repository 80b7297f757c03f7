package org.unionhall.web.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unionhall.domain.shared.Check;
import org.unionhall.web.problem.Problem;

/**
 * Binds a JSON value to one of the API's body records by the record's own components, and to
 * nothing else: a field the record does not have, a value of another JSON type than the field's
 * (a number for a text, text for a number, a list for an object), a fraction for a whole number
 * and a {@code null} inside a list or map are refused as {@link UnreadableBody} (400); a whole
 * number beyond what the field holds is refused as {@link InvalidFields} (422), never wrapped
 * around. A field left out, or sent as {@code null}, is {@code null} for the body's own checks to
 * require; a left-out primitive is refused here, as there is nothing to leave it as.
 *
 * <p>The types a body may use: text, whole numbers ({@code int}, {@code long} and boxes),
 * booleans, enums by constant name, {@code LocalDate} (2026-03-02), {@code Instant}
 * (2026-03-02T18:00:00Z), lists, maps keyed by text or an enum, nested records, and JSON-P values
 * for the protocol objects the election service reads itself.
 */
final class BodyBinder {

    /** How many refused fields an answer names at most. */
    private static final int MAX_REPORTED = 10;

    private final List<Problem.FieldError> unreadable = new ArrayList<>();
    private final List<Problem.FieldError> invalid = new ArrayList<>();

    private BodyBinder() {
    }

    /** The body as the given type, or the refusal of every field at fault. */
    static <T> T bind(JsonValue body, Class<T> type) {
        BodyBinder binder = new BodyBinder();
        Object bound = binder.value(body, type, "");
        if (!binder.unreadable.isEmpty()) {
            throw new UnreadableBody(binder.unreadable.stream().map(BodyBinder::sentence)
                    .collect(Collectors.joining(" ")), binder.unreadable);
        }
        if (!binder.invalid.isEmpty()) {
            throw new InvalidFields(binder.invalid);
        }
        return type.cast(bound);
    }

    /** Whether a body of this type is bound here. */
    static boolean binds(Class<?> type) {
        return type.isRecord() || JsonValue.class.isAssignableFrom(type);
    }

    private static String sentence(Problem.FieldError e) {
        return e.field().isEmpty() ? "The body " + e.message() + "." : "The field '" + e.field() + "' " + e.message()
                + ".";
    }

    private Object value(JsonValue json, Type type, String path) {
        Class<?> raw = raw(type);
        if (JsonValue.class.isAssignableFrom(raw)) {
            return jsonValue(json, raw, path);
        }
        if (raw.isRecord()) {
            return json instanceof JsonObject object ? record(object, raw, path) : wrong(path, "must be a JSON object", json);
        }
        if (raw == String.class) {
            return json instanceof JsonString s ? s.getString() : wrong(path, "must be text", json);
        }
        if (raw == int.class || raw == Integer.class) {
            Long n = whole(json, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return n == null ? null : n.intValue();
        }
        if (raw == long.class || raw == Long.class) {
            return whole(json, path, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return json == JsonValue.TRUE ? Boolean.TRUE : json == JsonValue.FALSE ? Boolean.FALSE
                    : wrong(path, "must be true or false", json);
        }
        if (raw.isEnum()) {
            return constant(json, raw, path);
        }
        if (raw == LocalDate.class) {
            LocalDate day = parsed(json, path, "must be a date like 2026-03-02", LocalDate::parse);
            return day == null ? null : inCalendar(day, day.getYear(), path);
        }
        if (raw == Instant.class) {
            Instant moment = parsed(json, path, "must be a moment like 2026-03-02T18:00:00Z", Instant::parse);
            return moment == null ? null : inCalendar(moment, moment.atOffset(ZoneOffset.UTC).getYear(), path);
        }
        if (raw == List.class) {
            return list(json, ((ParameterizedType) type).getActualTypeArguments()[0], path);
        }
        if (raw == Map.class) {
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            return map(json, raw(kv[0]), kv[1], path);
        }
        throw new IllegalStateException("A request body field of type " + type + " cannot be read: " + path);
    }

    private Object record(JsonObject json, Class<?> type, String path) {
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        Arrays.stream(components).forEach(c -> byName.put(c.getName(), c));
        json.keySet().stream().filter(k -> !byName.containsKey(k)).forEach(k -> refuse(unreadable, new Problem.FieldError(
                join(path, k), "is not part of this request (it takes " + (byName.isEmpty() ? "no fields"
                        : String.join(", ", byName.keySet())) + ")")));
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String field = join(path, c.getName());
            JsonValue v = json.get(c.getName());
            if (v == null || v == JsonValue.NULL) {
                if (c.getType().isPrimitive()) {
                    refuse(invalid, new Problem.FieldError(field, "is required"));
                }
                continue;
            }
            values[i] = value(v, c.getGenericType(), field);
        }
        if (!unreadable.isEmpty() || !invalid.isEmpty()) {
            return null;
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The request body " + type.getName() + " cannot be built", e);
        }
    }

    private List<Object> list(JsonValue json, Type element, String path) {
        if (!(json instanceof JsonArray array)) {
            return wrong(path, "must be a list", json);
        }
        List<Object> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            JsonValue v = array.get(i);
            values.add(v == JsonValue.NULL ? wrong(at, "may not be null", v) : value(v, element, at));
        }
        return values;
    }

    private Map<Object, Object> map(JsonValue json, Class<?> key, Type value, String path) {
        if (!(json instanceof JsonObject object)) {
            return wrong(path, "must be a JSON object", json);
        }
        Map<Object, Object> values = new LinkedHashMap<>();
        object.forEach((k, v) -> {
            String at = join(path, k);
            Object mapped = key == String.class ? k : named(k, key);
            if (mapped == null) {
                refuse(unreadable, new Problem.FieldError(at, "is not a key this field takes (it takes "
                        + names(key) + ")"));
            }
            Object bound = v == JsonValue.NULL ? wrong(at, "may not be null", v) : value(v, value, at);
            if (mapped != null) {
                values.put(mapped, bound);
            }
        });
        return values;
    }

    private Object jsonValue(JsonValue json, Class<?> type, String path) {
        if (type == JsonObject.class && !(json instanceof JsonObject)) {
            return wrong(path, "must be a JSON object", json);
        }
        if (type == JsonArray.class && !(json instanceof JsonArray)) {
            return wrong(path, "must be a list", json);
        }
        return json;
    }

    private Object constant(JsonValue json, Class<?> type, String path) {
        Object constant = json instanceof JsonString s ? named(s.getString(), type) : null;
        return constant != null ? constant : wrong(path, "must be one of " + names(type), json);
    }

    private static Object named(String name, Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name)).findFirst()
                .orElse(null);
    }

    private static String names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private Long whole(JsonValue json, String path, long min, long max) {
        if (!(json instanceof JsonNumber n)) {
            return wrong(path, "must be a whole number", json);
        }
        BigDecimal v = n.bigDecimalValue();
        if (v.signum() != 0 && v.stripTrailingZeros().scale() > 0) {
            return wrong(path, "must be a whole number", json);
        }
        if (v.compareTo(BigDecimal.valueOf(max)) > 0) {
            return outOfRange(path, "too large (" + Check.abbreviate(v.toString()) + "; at most " + max + ")");
        }
        if (v.compareTo(BigDecimal.valueOf(min)) < 0) {
            return outOfRange(path, "too small (" + Check.abbreviate(v.toString()) + "; at least " + min + ")");
        }
        return v.longValueExact();
    }

    private <T> T parsed(JsonValue json, String path, String shape, Function<String, T> parse) {
        if (json instanceof JsonString s) {
            try {
                return parse.apply(s.getString());
            } catch (DateTimeParseException e) {
                return wrong(path, shape, json);
            }
        }
        return wrong(path, shape, json);
    }

    private Long outOfRange(String path, String how) {
        refuse(invalid, new Problem.FieldError(path, "is " + how));
        return null;
    }

    /** Dates and moments in years 1 to 9999: what every database Unionhall runs on can store. */
    private <T> T inCalendar(T value, int year, String path) {
        if (year < 1 || year > 9999) {
            refuse(invalid, new Problem.FieldError(path, "is out of range (the year must lie between 1 and 9999)"));
            return null;
        }
        return value;
    }

    private <T> T wrong(String path, String rule, JsonValue got) {
        refuse(unreadable, new Problem.FieldError(path, rule + ", not " + describe(got)));
        return null;
    }

    /** Keeps the first refusals only, so a body of a thousand wrong fields gets a short answer. */
    private void refuse(List<Problem.FieldError> into, Problem.FieldError error) {
        if (unreadable.size() + invalid.size() < MAX_REPORTED) {
            into.add(error);
        }
    }

    private static String describe(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> "the text \"" + Check.abbreviate(((JsonString) v).getString()) + "\"";
            case NUMBER -> "the number " + Check.abbreviate(v.toString());
            case TRUE, FALSE -> v.toString();
            case NULL -> "null";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
        };
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
