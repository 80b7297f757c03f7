package org.unionhall.web.rest.election;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.election.ElectionService;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.web.rest.election.ElectionBodies.PrepareBody;

/** Setting up an election (protocol §5): a steward prepares a secret ballot with its questions and trustees. */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ElectionAnswers.TAG, description = ElectionAnswers.TAG_DESCRIPTION)
public class ElectionSetupResource {

    @Inject
    ElectionService elections;

    @Inject
    Actor actor;

    /** Prepares an election. */
    @POST
    @Operation(summary = "Prepare a secret ballot", description = "Stewards of the scope: {subjectKind "
            + "(MOTION or OFFICER_ELECTION), subjectId, title, scope (union or chapter slug), contests: [{id, question, "
            + "method, options, min, max, range}] (1 to 20 questions of at most 50 options), trustees: [member ids], "
            + "threshold, opensAt, closesAt (ISO-8601)}. Members call a secret ballot by proposing a motion: motions "
            + "get theirs from the motion workflow.")
    @APIResponse(responseCode = "201", description = "{\"id\"}")
    public Response prepare(PrepareBody body) {
        ElectionId id = elections.prepare(actor, PrepareBody.checked(body));
        return Response.status(Response.Status.CREATED).entity(ElectionAnswers.JSON.createObjectBuilder()
                .add("id", id.toString()).build()).build();
    }
}
