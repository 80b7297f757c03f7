package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.AssignMandate;
import org.unionhall.application.MandateService;
import org.unionhall.application.MandateView;
import org.unionhall.domain.membership.MandateId;
import org.unionhall.web.rest.Bodies.AssignMandateBody;
import org.unionhall.web.rest.Bodies.ReasonBody;

/** Stewards assign and end mandates (roles held for a term). */
@Path("mandates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mandates", description = "Roles held for a term: delegate, steward, treasurer, trustee")
public class MandateResource {

    @Inject
    MandateService mandates;

    @Inject
    Actor actor;

    /** Assign a mandate. */
    @POST
    @Operation(summary = "Assign a mandate", description = "Stewards only: a chapter mandate needs a steward of the "
            + "chapter or its union, a union mandate a steward of the union. Nobody assigns a mandate to themselves. A delegate needs an active membership of the chapter "
            + "and a free delegate seat.")
    @APIResponse(responseCode = "201", description = "The mandate is assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MandateView.class)))
    public Response assign(AssignMandateBody body) {
        AssignMandateBody checked = AssignMandateBody.checked(body);
        MandateView assigned = mandates.assign(actor, new AssignMandate(checked.role(), checked.memberId(),
                checked.scopeKind(), checked.scopeSlug(), checked.termStart(), checked.termEnd(), checked.reason()));
        return Response.status(Response.Status.CREATED).entity(assigned).build();
    }

    /** End a mandate today. */
    @POST
    @Path("{mandate}/end")
    @Operation(summary = "End a mandate", description = "Ends it today, before its term's end. Stewards of its "
            + "scope, or the holder stepping down.")
    public MandateView end(@PathParam("mandate") String mandate,
                           ReasonBody body) {
        return mandates.end(actor, Ids.fromPath(mandate, MandateId::of, "mandate"), ReasonBody.checked(body).reason());
    }
}
