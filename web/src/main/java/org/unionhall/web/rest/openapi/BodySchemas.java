package org.unionhall.web.rest.openapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.unionhall.web.rest.Bodies;
import org.unionhall.web.rest.SessionResource;
import org.unionhall.web.rest.election.ElectionBodies;
import org.unionhall.web.rest.motion.MotionBodies;
import org.unionhall.web.rest.treasury.LedgerBodies;

/**
 * Makes the request bodies in {@code /openapi} say what the API's strict body reader reads. The generator
 * describes enums, dates and moments as objects and the elements of lists as lists; this writes
 * each field of each body record from its Java type instead: an enum as text with its constants,
 * {@code LocalDate} and {@code Instant} as text of format {@code date} and {@code date-time},
 * whole numbers as {@code int32} or {@code int64}, lists and maps by their elements. Keeps what
 * the annotations say besides (required, lengths, examples, descriptions).
 */
final class BodySchemas {

    /** The classes that hold the API's body records. */
    private static final List<Class<?>> HOLDERS = List.of(Bodies.class, MotionBodies.class, ElectionBodies.class,
            SessionResource.class, LedgerBodies.class);

    private BodySchemas() {
    }

    /** Rewrites the field types of every body record among the document's schemas. */
    static void correct(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        HOLDERS.stream().flatMap(h -> Arrays.stream(h.getDeclaredClasses())).filter(Class::isRecord)
                .forEach(body -> Optional.ofNullable(schemas.get(nameOf(body))).ifPresent(schema -> fields(body, schema)));
    }

    private static String nameOf(Class<?> body) {
        org.eclipse.microprofile.openapi.annotations.media.Schema named =
                body.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return named != null && !named.name().isEmpty() ? named.name() : body.getSimpleName();
    }

    private static void fields(Class<?> body, Schema schema) {
        for (RecordComponent c : body.getRecordComponents()) {
            Schema field = schema.getProperties() == null ? null : schema.getProperties().get(c.getName());
            if (field != null && field.getRef() == null) {
                describe(field, c.getGenericType());
            }
        }
    }

    private static void describe(Schema schema, Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isEnum()) {
            schema.type(Schema.SchemaType.STRING).enumeration(Arrays.stream(raw.getEnumConstants())
                    .map(e -> (Object) ((Enum<?>) e).name()).toList());
        } else if (raw == LocalDate.class) {
            schema.type(Schema.SchemaType.STRING).format("date");
        } else if (raw == Instant.class) {
            schema.type(Schema.SchemaType.STRING).format("date-time");
        } else if (raw == Integer.class || raw == int.class) {
            schema.type(Schema.SchemaType.INTEGER).format("int32");
        } else if (raw == Long.class || raw == long.class) {
            schema.type(Schema.SchemaType.INTEGER).format("int64");
        } else if (raw == String.class) {
            schema.type(Schema.SchemaType.STRING);
        } else if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            schema.type(Schema.SchemaType.ARRAY).items(element(element));
        } else if (raw == Map.class) {
            Type[] keyAndValue = ((ParameterizedType) type).getActualTypeArguments();
            schema.type(Schema.SchemaType.OBJECT).additionalPropertiesSchema(element(keyAndValue[1]));
            if (keyAndValue[0] instanceof Class<?> key && key.isEnum() && schema.getDescription() == null) {
                schema.description("Keys: " + String.join(", ", Arrays.stream(key.getEnumConstants())
                        .map(e -> ((Enum<?>) e).name()).toList()) + ".");
            }
        } else if (JsonArray.class.isAssignableFrom(raw)) {
            schema.type(Schema.SchemaType.ARRAY);
        } else if (JsonValue.class.isAssignableFrom(raw)) {
            schema.type(Schema.SchemaType.OBJECT);
        }
    }

    private static Schema element(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return OASFactory.createSchema().ref(nameOf(c));
        }
        Schema element = OASFactory.createSchema();
        describe(element, type);
        return element;
    }
}
