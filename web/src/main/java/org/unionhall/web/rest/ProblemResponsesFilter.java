package org.unionhall.web.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.unionhall.web.problem.Problem;

/**
 * Adds to every operation in {@code /openapi} the error answers the API gives everywhere, each
 * an {@code application/problem+json} body, so the description matches what a client meets.
 * Applied by {@code org.unionhall.web.rest.openapi.ApiDescriptionFilter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> EVERYWHERE = Map.of(
            "401", "Not signed in: no session, the session ended, or the HTTP Basic credentials are wrong",
            "403", "The caller holds no power in this union or chapter, or the request came from another site",
            "404", "No such union, chapter, member, join request or mandate",
            "429", "Too many failed sign-in attempts; wait for the number of seconds in Retry-After");
    private static final Map<String, String> WITH_BODY = Map.of(
            "400", "The body is not UTF-8 JSON of the request's shape: invalid UTF-8, not JSON, nested more "
                    + "than 16 levels, a key twice, a field the request does not have, or a value of the wrong "
                    + "type (text for a number, a number for text, a fraction, an unknown name); the problem "
                    + "names the fields",
            "409", "A rule of the union refused the change (e.g. already a member, no free delegate seat)",
            "413", "The body is larger than 1 MB",
            "415", "The body must be sent as application/json",
            "422", "A value is missing, malformed, too long, or a number beyond what its field holds; the "
                    + "problem names the fields");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("An error, as RFC 9457 application/problem+json.")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("urn:unionhall:problem:<kind>, stable for programs"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("What went wrong, in words a person understands"))
                .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("fields", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError))
                .addRequired("type").addRequired("title").addRequired("status").addRequired("detail"));
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        add(responses, EVERYWHERE);
        if (operation.getRequestBody() != null) {
            add(responses, WITH_BODY);
        } else {
            add(responses, Map.of("422", "A query value is not a whole number where one goes, or out of range "
                    + "(e.g. a page size above 100)"));
        }
        return operation;
    }

    /**
     * Drops the neutral values the generator writes into every schema ({@code maxProperties: 0}
     * would tell a client that an object may have no properties at all).
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        return schema;
    }

    private static void add(APIResponses responses, Map<String, String> answers) {
        answers.forEach((code, description) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                        .content(problemContent()));
            }
        });
    }

    private static Content problemContent() {
        Schema problem = OASFactory.createSchema().ref("#/components/schemas/Problem");
        MediaType json = OASFactory.createMediaType().schema(problem);
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, json);
    }
}
