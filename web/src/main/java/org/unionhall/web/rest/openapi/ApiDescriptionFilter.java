package org.unionhall.web.rest.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.unionhall.web.rest.ProblemResponsesFilter;

/**
 * The filter of {@code /openapi} (registered through {@code mp.openapi.filter}): the error
 * answers every operation can give ({@link ProblemResponsesFilter}), and request bodies described
 * by the Java types the API reads them as ({@link BodySchemas}).
 */
public class ApiDescriptionFilter implements OASFilter {

    private final OASFilter problems = new ProblemResponsesFilter();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        problems.filterOpenAPI(openAPI);
        BodySchemas.correct(openAPI);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        return problems.filterOperation(operation);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        return problems.filterSchema(schema);
    }
}
