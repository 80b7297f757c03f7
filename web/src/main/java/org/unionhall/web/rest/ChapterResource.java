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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.AuditEntryView;
import org.unionhall.application.AuditService;
import org.unionhall.application.ChapterView;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.JoinRequestView;
import org.unionhall.application.MandateView;
import org.unionhall.application.MemberSummary;
import org.unionhall.application.MembershipService;
import org.unionhall.application.MembershipView;
import org.unionhall.application.OrganisingService;
import org.unionhall.application.Page;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.web.rest.Bodies.ChapterNameBody;
import org.unionhall.web.rest.Bodies.DelegateSeatsBody;
import org.unionhall.web.rest.Bodies.EmptyBody;
import org.unionhall.web.rest.Bodies.JoinRequestBody;
import org.unionhall.web.rest.Bodies.ReasonBody;

/** A chapter: its members, join requests, mandates and audit trail, and the stewards' actions. */
@Path("chapters/{chapter}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chapters", description = "A chapter, its members, join requests, mandates and audit trail")
public class ChapterResource {

    @Inject
    DirectoryService directory;

    @Inject
    MembershipService membership;

    @Inject
    AuditService audit;

    @Inject
    OrganisingService organising;

    @Inject
    Actor actor;

    /** The chapter with the caller's own standing in it. */
    @GET
    @Operation(summary = "One chapter", description = "With my own standing in it. Any signed-in member.")
    public ChapterView chapter(@PathParam("chapter") @Parameter(description = "The chapter's slug") String chapter) {
        return directory.chapter(actor, chapter);
    }

    /** A steward gives the chapter a new name; its short name stays. */
    @PUT
    @Path("name")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename the chapter", description = "Its short name (its address) stays. Stewards of the "
            + "chapter or its union. Sending the same name again changes nothing.")
    public ChapterView rename(@PathParam("chapter") String chapter, ChapterNameBody body) {
        return organising.renameChapter(actor, chapter, ChapterNameBody.checked(body).name());
    }

    /** A union's steward sets how many delegates the chapter sends to the union congress. */
    @PUT
    @Path("delegate-seats")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the delegate seats", description = "1 to 100, never fewer than the delegates in office. "
            + "A roll call already under way keeps the seats it certified. Stewards of the union.")
    public ChapterView seats(@PathParam("chapter") String chapter, DelegateSeatsBody body) {
        return organising.setDelegateSeats(actor, chapter, DelegateSeatsBody.checked(body).delegateSeats());
    }

    /** A page of members, sorted by name. */
    @GET
    @Path("members")
    @Operation(summary = "Members of a chapter",
            description = "A page of members sorted by display name. Members of the chapter's union; stewards also "
                    + "see lapsed and suspended members.")
    public Page<MemberSummary> members(@PathParam("chapter") String chapter,
                                       @QueryParam("page") @DefaultValue("0") @Parameter(ref = "page") String page,
                                       @QueryParam("size") @DefaultValue("20") @Parameter(ref = "size") String size,
                                       @QueryParam("name") @Parameter(description = "Only names containing this") String name) {
        return directory.members(actor, chapter, QueryValues.page(page), QueryValues.wholeInt("size", size),
                Optional.ofNullable(name));
    }

    /** Mandates of the chapter. */
    @GET
    @Path("mandates")
    @Operation(summary = "Mandates of a chapter",
            description = "Delegates, chapter stewards and treasurers, in force first. Members of the union.")
    public List<MandateView> mandates(@PathParam("chapter") String chapter) {
        return directory.mandates(actor, chapter);
    }

    /** Pending join requests. */
    @GET
    @Path("join-requests")
    @Operation(summary = "Pending join requests", description = "Oldest first. Stewards of the chapter or its union.")
    public List<JoinRequestView> joinRequests(@PathParam("chapter") String chapter) {
        return directory.joinRequests(actor, chapter);
    }

    /** The caller asks to join. */
    @POST
    @Path("join-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to join", description = "The caller asks to join this chapter. Any signed-in member "
            + "who is not a member of it and has no request pending there.")
    @APIResponse(responseCode = "201", description = "The request waits for a steward",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JoinRequestView.class)))
    public Response requestToJoin(@PathParam("chapter") String chapter,
                                  JoinRequestBody body) {
        JoinRequestView request = membership.requestToJoin(actor, chapter, JoinRequestBody.checked(body).note());
        return Response.status(Response.Status.CREATED).entity(request).build();
    }

    /** The caller leaves the chapter. */
    @POST
    @Path("leave")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leave the chapter", description = "The caller leaves; their mandates here end. Send {}.")
    public MembershipView leave(@PathParam("chapter") String chapter, EmptyBody body) {
        InvalidFields.of(body).verify();
        return membership.leave(actor, chapter);
    }

    /** A steward suspends a member. */
    @POST
    @Path("members/{member}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend a member", description = "Their mandates in the chapter end with the same reason. "
            + "Stewards of the chapter or its union.")
    public MembershipView suspend(@PathParam("chapter") String chapter, @PathParam("member") String member,
                                  ReasonBody body) {
        return membership.suspend(actor, chapter, Ids.fromPath(member, MemberId::of, "member"), ReasonBody.checked(body).reason());
    }

    /** A steward restores a member. */
    @POST
    @Path("members/{member}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restore a member", description = "A suspended or lapsed member becomes active again. "
            + "Stewards of the chapter or its union.")
    public MembershipView restore(@PathParam("chapter") String chapter, @PathParam("member") String member,
                                  ReasonBody body) {
        return membership.restore(actor, chapter, Ids.fromPath(member, MemberId::of, "member"), ReasonBody.checked(body).reason());
    }

    /** The audit trail of this chapter. */
    @GET
    @Path("audit")
    @Operation(summary = "Audit trail of a chapter", description = "Membership and mandate changes, newest first. "
            + "Stewards of the chapter or its union.")
    public Page<AuditEntryView> trail(@PathParam("chapter") String chapter,
                                      @QueryParam("page") @DefaultValue("0") @Parameter(ref = "page") String page,
                                      @QueryParam("size") @DefaultValue("50") @Parameter(ref = "size") String size) {
        return audit.trail(actor, ScopeKind.CHAPTER, chapter, QueryValues.page(page), QueryValues.wholeInt("size", size));
    }
}
