package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.PublicDirectory;
import org.unionhall.application.PublicUnionSummary;
import org.unionhall.application.PublicUnionView;

/**
 * What anyone may read without signing in: the unions of this installation and each union's
 * public page. Nothing here names a member; counts of people below five read
 * {@code {"fewerThan": 5, "text": "fewer than 5"}} instead of a number. A visitor's answer may be
 * kept by caches for a few minutes (the security headers filter says so), as it is the same for
 * everybody.
 */
@Path("public/unions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "What anyone may read without an account")
public class PublicResource {

    @Inject
    PublicDirectory directory;

    /** Every union, by name. */
    @GET
    @Operation(summary = "Unions, publicly", description = "Every union of this installation: what it is for, how "
            + "many chapters and members (\"fewer than 5\" below five). Anyone, without signing in.")
    public List<PublicUnionSummary> unions() {
        return directory.unions();
    }

    /** One union's public page. */
    @GET
    @Path("{union}")
    @Operation(summary = "A union's public page", description = "What the union is for, how to join, its chapters "
            + "and its published election results; no member is named. Anyone, without signing in.")
    public PublicUnionView union(@PathParam("union") @Parameter(description = "The union's slug") String union) {
        return directory.page(union);
    }
}
