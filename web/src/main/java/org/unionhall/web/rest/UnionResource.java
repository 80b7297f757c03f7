package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.AuditEntryView;
import org.unionhall.application.AuditService;
import org.unionhall.application.ChapterSummary;
import org.unionhall.application.ChapterView;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.FoundChapter;
import org.unionhall.application.MandateView;
import org.unionhall.application.OrganisingService;
import org.unionhall.application.Page;
import org.unionhall.application.UnionSummary;
import org.unionhall.application.UnionView;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.web.rest.Bodies.FoundChapterBody;
import org.unionhall.web.rest.Bodies.UnionDescriptionBody;

/**
 * Unions of this installation, their chapters, union-wide mandates and audit trail; the union's
 * stewards found chapters and describe the union here. Counts of members follow the small-group
 * rule: {@code activeMembers} is {@code {"count": 12, "text": "12"}}, or {@code {"fewerThan": 5,
 * "text": "fewer than 5"}} below five for anyone outside the group counted.
 */
@Path("unions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Unions", description = "Unions, their chapters, mandates and audit trail")
public class UnionResource {

    @Inject
    DirectoryService directory;

    @Inject
    AuditService audit;

    @Inject
    OrganisingService organising;

    @Inject
    Actor actor;

    /** Every union of the installation. */
    @GET
    @Operation(summary = "List unions", description = "Every union of this installation, by name. Any signed-in member.")
    public List<UnionSummary> unions() {
        return directory.unions(actor);
    }

    /** One union with its chapters and the Fediverse servers it works with. */
    @GET
    @Path("{union}")
    @Operation(summary = "One union", description = "A union with its chapters and instances. Any signed-in member.")
    public UnionView union(@PathParam("union") @Parameter(description = "The union's slug") String union) {
        return directory.union(actor, union);
    }

    /** The chapters of a union. */
    @GET
    @Path("{union}/chapters")
    @Operation(summary = "Chapters of a union", description = "By name. Any signed-in member.")
    public List<ChapterSummary> chapters(@PathParam("union") String union) {
        return directory.chapters(actor, union);
    }

    /** A union's steward founds a chapter. */
    @POST
    @Path("{union}/chapters")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Found a chapter", description = "Stewards of the union. The short name must be free across "
            + "the installation and the name within the union; 1 to 100 delegate seats.")
    @APIResponse(responseCode = "201", description = "The chapter is founded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChapterView.class)))
    public Response foundChapter(@PathParam("union") String union, FoundChapterBody body) {
        FoundChapterBody checked = FoundChapterBody.checked(body);
        ChapterView founded = organising.foundChapter(actor, union, new FoundChapter(checked.slug(), checked.name(),
                checked.description(), checked.delegateSeats()));
        return Response.status(Response.Status.CREATED).entity(founded).build();
    }

    /** A union's steward describes the union on its public page. */
    @PUT
    @Path("{union}/description")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe the union", description = "What the union is for and how to join, shown on its "
            + "public page. Stewards of the union. Sending the same description again changes nothing.")
    public UnionView describe(@PathParam("union") String union, UnionDescriptionBody body) {
        UnionDescriptionBody checked = UnionDescriptionBody.checked(body);
        return organising.describeUnion(actor, union, checked.description(), checked.howToJoin());
    }

    /** Mandates held for the whole union. */
    @GET
    @Path("{union}/mandates")
    @Operation(summary = "Union-wide mandates",
            description = "Union stewards, treasurers and trustees. Members of the union.")
    public List<MandateView> mandates(@PathParam("union") String union) {
        return directory.unionMandates(actor, union);
    }

    /** The audit trail of the union and all its chapters. */
    @GET
    @Path("{union}/audit")
    @Operation(summary = "Audit trail of a union",
            description = "Membership and mandate changes in the union and all its chapters, newest first. "
                    + "Stewards of the union.")
    public Page<AuditEntryView> trail(@PathParam("union") String union,
                                      @QueryParam("page") @DefaultValue("0") @Parameter(ref = "page") String page,
                                      @QueryParam("size") @DefaultValue("50") @Parameter(ref = "size") String size) {
        return audit.trail(actor, ScopeKind.UNION, union, QueryValues.page(page), QueryValues.wholeInt("size", size));
    }
}
