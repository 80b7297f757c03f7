package org.unionhall.web.rest.treasury;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.treasury.EvidenceFile;
import org.unionhall.application.treasury.EvidenceView;
import org.unionhall.application.treasury.GrantService;
import org.unionhall.application.treasury.GrantView;
import org.unionhall.domain.treasury.GrantEvidence;
import org.unionhall.web.rest.UploadLimit;
import org.unionhall.web.rest.treasury.GrantBodies.GrantBody;
import org.unionhall.web.rest.treasury.GrantBodies.LinkBody;
import org.unionhall.web.rest.treasury.GrantBodies.NoteBody;

/**
 * One grant request: its requester changes, gives evidence, submits or withdraws it; treasurers
 * return, reject, approve and pay it. A request the caller may not see answers 404, as one that
 * does not exist; a step its state or the rules refuse answers 409 saying why.
 */
@Path("grants/{request}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grants")
public class GrantResource {

    @Inject
    GrantService grants;

    @Inject
    Actor actor;

    /** The request. */
    @GET
    @Operation(summary = "A grant request", description = "With its approvals, its ledger transfers and what the "
            + "caller may do now; its evidence only for its requester and the treasurers. Whoever may see it: its "
            + "requester; the union's treasurers; the union's members for a submitted moderation-labour request.")
    public GrantView request(@PathParam("request") String request) {
        return grants.request(actor, request);
    }

    /** The requester changes it. */
    @PUT
    @Operation(summary = "Change a grant request", description = "A draft or a request returned for changes, by its "
            + "requester; the kind stays.")
    public GrantView revise(@PathParam("request") String request, GrantBody body) {
        GrantBody b = body == null ? new GrantBody(null, null, null, null, null, null, null, null, null) : body;
        return grants.revise(actor, request, b.claim());
    }

    /** The requester adds a link. */
    @POST
    @Path("evidence")
    @Operation(summary = "Add a link as evidence", description = "An https address, by the requester while the request "
            + "can be changed; at most " + GrantEvidence.MAX_PER_REQUEST + " pieces of evidence.")
    @APIResponse(responseCode = "201", description = "The evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    public Response addLink(@PathParam("request") String request, LinkBody body) {
        LinkBody b = LinkBody.checked(body);
        return Response.status(Response.Status.CREATED).entity(grants.addLink(actor, request, b.label(), b.link()))
                .build();
    }

    /** The requester uploads a file. */
    @POST
    @Path("evidence/files")
    @Consumes(MediaType.WILDCARD)
    @UploadLimit(GrantEvidence.MAX_FILE_BYTES)
    @Operation(summary = "Upload a file as evidence", description = "The file's bytes as the body, its name as "
            + "?name=. PDF, PNG or JPEG of at most 10 MB (413 above): its type is read from its content, and a file "
            + "whose content disagrees with its Content-Type or its name's ending is refused (422). By the "
            + "requester while the request can be changed.")
    @APIResponse(responseCode = "201", description = "The evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    public Response addFile(@PathParam("request") String request, @QueryParam("name") String name,
                            @HeaderParam("Content-Type") String type, byte[] content) {
        return Response.status(Response.Status.CREATED).entity(grants.addFile(actor, request, name, type,
                content == null ? new byte[0] : content)).build();
    }

    /** The requester removes evidence. */
    @DELETE
    @Path("evidence/{evidence}")
    @Operation(summary = "Remove evidence", description = "By the requester while the request can be changed.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeEvidence(@PathParam("request") String request, @PathParam("evidence") String evidence) {
        grants.removeEvidence(actor, request, evidence);
        return Response.noContent().build();
    }

    /** Downloads a file of evidence. */
    @GET
    @Path("evidence/{evidence}")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "Download a file of evidence", description = "Always as a download (never shown in the "
            + "page), for the request's requester and the union's treasurers.")
    public Response download(@PathParam("request") String request, @PathParam("evidence") String evidence) {
        EvidenceFile file = grants.evidenceFile(actor, request, evidence);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    /** The requester submits it. */
    @POST
    @Path("submit")
    @Operation(summary = "Submit a grant request", description = "By its requester; the bylaws in force fix how many "
            + "treasurers must approve it, and they are told. 409 for a moderation-labour request without "
            + "evidence, or one above the amount the members decide.")
    public GrantView submit(@PathParam("request") String request) {
        return grants.submit(actor, request);
    }

    /** The requester withdraws it. */
    @POST
    @Path("withdraw")
    @Operation(summary = "Withdraw a grant request", description = "By its requester, before it is approved.")
    public GrantView withdraw(@PathParam("request") String request) {
        return grants.withdraw(actor, request);
    }

    /** A treasurer approves it. */
    @POST
    @Path("approve")
    @Operation(summary = "Approve a grant request", description = "A treasurer of the union who neither wrote nor "
            + "approved it. With the last approval the bylaws ask for, its amount is reserved in the fund (409, "
            + "and nothing changes, when the fund cannot cover it).")
    public GrantView approve(@PathParam("request") String request) {
        return grants.approve(actor, request);
    }

    /** A treasurer returns it for changes. */
    @POST
    @Path("return")
    @Operation(summary = "Return a grant request for changes", description = "A treasurer of the union, saying what "
            + "should change; its approvals lapse.")
    public GrantView returnForChanges(@PathParam("request") String request, NoteBody body) {
        return grants.returnForChanges(actor, request, NoteBody.checked(body).note());
    }

    /** A treasurer rejects it. */
    @POST
    @Path("reject")
    @Operation(summary = "Reject a grant request", description = "A treasurer of the union, with the reason; an "
            + "approved request's reservation is released.")
    public GrantView reject(@PathParam("request") String request, NoteBody body) {
        return grants.reject(actor, request, NoteBody.checked(body).note());
    }

    /** A treasurer pays it. */
    @POST
    @Path("pay")
    @Operation(summary = "Pay a grant request", description = "A treasurer of the union who neither wrote nor "
            + "approved it: the reservation is posted to the payee. Paid once: a second call answers 409.")
    public GrantView pay(@PathParam("request") String request) {
        return grants.pay(actor, request);
    }
}
