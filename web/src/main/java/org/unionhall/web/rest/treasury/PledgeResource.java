package org.unionhall.web.rest.treasury;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.treasury.ContributionService;
import org.unionhall.web.rest.Bodies.EmptyBody;
import org.unionhall.web.rest.InvalidFields;
import org.unionhall.web.rest.treasury.ContributionAnswers.PledgeAnswer;
import org.unionhall.web.rest.treasury.ContributionBodies.PledgeBody;

/** Recurring pledges to a union: members make and cancel their own, treasurers see whether they are paid. */
@Path("unions/{union}/pledges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions", description = "Dues and donations recorded on the ledger, bank statements imported, "
        + "and what members see of them")
public class PledgeResource {

    @Inject
    ContributionService contributions;

    @Inject
    Actor actor;

    /** Makes a pledge. */
    @POST
    @Operation(summary = "Pledge", description = "An amount every month or year into a fund: a member's own, or "
            + "(with instance, by a treasurer) an instance's. 409 when the giver has a pledge into the fund "
            + "already. Members of the union.")
    @APIResponse(responseCode = "201", description = "The pledge", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgeAnswer.class)))
    public Response pledge(@PathParam("union") String union, PledgeBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(PledgeAnswer.of(contributions.pledge(actor, union, PledgeBody.checked(body)))).build();
    }

    /** The pledges that hold, with where each stands. */
    @GET
    @Operation(summary = "Pledges", description = "The union's pledges that hold, each PAID, DUE or OVERDUE for the "
            + "current period by the contributions that name it. A treasurer of the union.")
    public List<PledgeAnswer> pledges(@PathParam("union") String union) {
        return contributions.pledges(actor, union).stream().map(PledgeAnswer::of).toList();
    }

    /** Cancels a pledge. */
    @POST
    @Path("{pledge}/cancel")
    @Operation(summary = "Cancel a pledge", description = "Send {}. Nothing more is expected from it; 409 when it "
            + "was cancelled already. The member who made it, or a treasurer of the union.")
    public PledgeAnswer cancel(@PathParam("union") String union, @PathParam("pledge") String pledge, EmptyBody body) {
        InvalidFields.of(body).verify();
        return PledgeAnswer.of(contributions.cancelPledge(actor, union, pledge));
    }
}
