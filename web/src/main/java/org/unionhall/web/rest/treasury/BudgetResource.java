package org.unionhall.web.rest.treasury;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.treasury.BudgetRoundView;
import org.unionhall.application.treasury.BudgetService;

/** One participatory budget (docs/ledger.md, "Participatory budgets"), as the union's members read it. */
@Path("budgets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participatory budgets")
public class BudgetResource {

    @Inject
    BudgetService budgets;

    @Inject
    Actor actor;

    /** One budget. */
    @GET
    @Path("{budget}")
    @Operation(summary = "A participatory budget", description = "Its requests, their costs and, once counted, "
            + "their approvals and why each was or was not funded; its ballot's id for the booth and the "
            + "election record. Members of the union.")
    public BudgetRoundView round(@PathParam("budget") String budget) {
        return budgets.round(actor, budget);
    }
}
