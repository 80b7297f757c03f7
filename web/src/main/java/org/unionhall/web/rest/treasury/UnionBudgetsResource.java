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
import org.unionhall.application.treasury.BudgetRoundView;
import org.unionhall.application.treasury.BudgetService;
import org.unionhall.web.rest.treasury.BudgetBodies.BudgetBody;

/**
 * A union's participatory budgets (docs/ledger.md, "Participatory budgets"): a treasurer opens one,
 * the members read them; the members vote in a budget's secret ballot through the elections API.
 */
@Path("unions/{union}/budgets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participatory budgets", description = "Members share a fund's budget among competing grant "
        + "requests by a secret approval ballot")
public class UnionBudgetsResource {

    @Inject
    BudgetService budgets;

    @Inject
    Actor actor;

    /** The union's budgets. */
    @GET
    @Operation(summary = "The union's participatory budgets", description = "Newest first, each with its requests, "
            + "their costs and, once counted, their approvals and why each was or was not funded. Members of the "
            + "union.")
    public List<BudgetRoundView> list(@PathParam("union") String union) {
        return budgets.rounds(actor, union);
    }

    /** A treasurer opens a budget. */
    @POST
    @Operation(summary = "Open a participatory budget", description = "Puts 2 to 50 submitted moderation-labour "
            + "requests that together cost more than the budget before the members: the budget is reserved in the "
            + "fund, the secret approval ballot is prepared (the union's trustees are asked to its key ceremony) "
            + "and the requests can no longer be decided on their own. When the ballot's result is published the "
            + "requests are funded by approvals within the budget and paid in one batch. Treasurers of the union; "
            + "409 when the fund cannot hold the budget or the requests fit in it; 422 naming a missing field.")
    @APIResponse(responseCode = "201", description = "The budget, its ballot in its key ceremony",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BudgetRoundView.class)))
    public Response open(@PathParam("union") String union, BudgetBody body) {
        BudgetBody given = body == null ? new BudgetBody(null, null, null, null, null, null) : body;
        return Response.status(Response.Status.CREATED).entity(budgets.open(actor, union, given.round())).build();
    }
}
