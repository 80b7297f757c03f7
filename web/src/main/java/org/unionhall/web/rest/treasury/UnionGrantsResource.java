package org.unionhall.web.rest.treasury;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.application.treasury.GrantService;
import org.unionhall.application.treasury.GrantSummary;
import org.unionhall.application.treasury.GrantView;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.treasury.GrantStatus;
import org.unionhall.web.rest.QueryValues;
import org.unionhall.web.rest.treasury.GrantBodies.GrantBody;

/** A union's grant requests: its members write them and read the list (docs/ledger.md, "Grant requests"). */
@Path("unions/{union}/grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grants", description = "Requests for moderation labour and legal aid, approved by treasurers and "
        + "paid from the union's funds")
public class UnionGrantsResource {

    @Inject
    GrantService grants;

    @Inject
    Actor actor;

    /** The union's requests. */
    @GET
    @Operation(summary = "The union's grant requests", description = "Newest first (?page=&size=). With ?mine=true "
            + "the caller's own, drafts included; otherwise the submitted requests the caller may see: members see "
            + "moderation-labour requests, treasurers legal aid too. ?status=SUBMITTED,APPROVED narrows the list. "
            + "Members of the union.")
    public Page<GrantSummary> list(@PathParam("union") String union,
                                   @QueryParam("mine") @DefaultValue("false") String mine,
                                   @QueryParam("status") @DefaultValue("") String status,
                                   @QueryParam("page") @DefaultValue("0") @Parameter(ref = "page") String page,
                                   @QueryParam("size") @DefaultValue("50") @Parameter(ref = "size") String size) {
        if (!mine.equals("true") && !mine.equals("false")) {
            throw new InvalidInput("mine is true or false.");
        }
        return grants.requests(actor, union, Boolean.parseBoolean(mine), statuses(status), QueryValues.page(page),
                QueryValues.wholeInt("size", size));
    }

    /** A member writes a request. */
    @POST
    @Operation(summary = "Write a grant request", description = "A draft for moderation labour (instance, period, "
            + "hours, hourly rate) or legal aid (amount); amounts and hours are decimal strings in the ledger's "
            + "currency. Members of the union; 404 while it has no ledger; 422 naming a missing field.")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrantView.class)))
    public Response draft(@PathParam("union") String union, GrantBody body) {
        if (body == null) {
            return draft(union, new GrantBody(null, null, null, null, null, null, null, null, null));
        }
        return Response.status(Response.Status.CREATED).entity(grants.draft(actor, union, body.claim())).build();
    }

    private static Set<GrantStatus> statuses(String text) {
        Set<GrantStatus> wanted = EnumSet.noneOf(GrantStatus.class);
        for (String name : text.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                wanted.add(GrantStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("status is a list of " + List.of(GrantStatus.values()) + ".");
            }
        }
        return wanted;
    }
}
