package org.unionhall.web.config;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.unionhall.application.Page;
import org.unionhall.web.rest.QueryValues;

/** The member REST API, version 1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Unionhall member API", version = "1",
                description = "Unions, chapters, members, join requests, mandates and the audit trail. "
                        + "Every call needs a signed-in member: HTTP Basic (e-mail and password) or the session "
                        + "cookie of a signed-in browser. Errors are application/problem+json (RFC 9457). "
                        + "State-changing calls take an application/json body of at most 1 MB.",
                license = @License(name = "See the repository")),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "session")},
        components = @Components(parameters = {
                @Parameter(name = "page", in = ParameterIn.QUERY, description = "Zero-based page number",
                        schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                                maximum = "" + QueryValues.MAX_PAGE, defaultValue = "0")),
                @Parameter(name = "size", in = ParameterIn.QUERY, description = "Rows per page, 1 to 100 "
                        + "(20 by default; 50 for an audit trail)",
                        schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + Page.MAX_SIZE))}))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "The member's e-mail address and password; sign-in attempts are throttled."),
        @SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY,
                in = SecuritySchemeIn.COOKIE, apiKeyName = "UNIONHALL_SESSION",
                description = "The session of a member signed in on the sign-in page.")
})
public class UnionhallApplication extends Application {
}
