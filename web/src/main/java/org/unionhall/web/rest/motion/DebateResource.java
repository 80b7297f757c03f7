package org.unionhall.web.rest.motion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.unionhall.application.motion.CommentView;
import org.unionhall.application.motion.DebateService;
import org.unionhall.application.motion.DebateView;
import org.unionhall.application.motion.WriteComment;
import org.unionhall.domain.debate.CommentId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.web.rest.Ids;
import org.unionhall.web.rest.motion.DebateBodies.CommentBody;
import org.unionhall.web.rest.motion.DebateBodies.EditBody;
import org.unionhall.web.rest.motion.DebateBodies.HideBody;
import org.unionhall.web.rest.motion.DebateBodies.ReplyBody;

/** The debate on a motion or amendment: its comments and replies. */
@Path("motions/{motion}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Debate", description = "Comments and replies on motions and amendments, editing, hiding, following")
public class DebateResource {

    @Inject
    DebateService debate;

    @Inject
    Actor actor;

    /** The thread. */
    @GET
    @Operation(summary = "A motion's debate", description = "Whoever may see the motion. Comments oldest first, "
            + "each with its replies; a hidden comment shows the steward's reason instead of its text. Also says "
            + "whether the caller follows the motion and may comment.")
    public DebateView thread(@PathParam("motion") String motion) {
        return debate.debate(actor, motionId(motion));
    }

    /** A new comment. */
    @POST
    @Operation(summary = "Comment on a motion", description = "Whoever may see the motion, while it is submitted "
            + "and not closed (409 on a draft or a carried, failed, withdrawn or lapsed motion). The same id sent "
            + "twice makes one comment (the second answer is the first comment); the motion's followers are told.")
    @APIResponse(responseCode = "201", description = "The comment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    public Response comment(@PathParam("motion") String motion, CommentBody body) {
        CommentBody b = CommentBody.checked(body);
        CommentView created = debate.comment(actor, motionId(motion), new WriteComment(b.id(), b.text(), null, null));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** A reply. */
    @POST
    @Path("{comment}/replies")
    @Operation(summary = "Reply to a comment", description = "As for a comment. A reply to a reply answers the "
            + "same first comment (one level of replies). A quote must be a passage of the comment answered; the "
            + "comment's author is told.")
    @APIResponse(responseCode = "201", description = "The reply",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    public Response reply(@PathParam("motion") String motion, @PathParam("comment") String comment, ReplyBody body) {
        ReplyBody b = ReplyBody.checked(body);
        CommentId parent = commentId(comment);
        CommentView created = debate.comment(actor, motionId(motion), new WriteComment(b.id(), b.text(),
                parent.toString(), b.quote()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The author edits their comment. */
    @PUT
    @Path("{comment}")
    @Operation(summary = "Edit one's own comment", description = "Its author only (403 for anyone else), within 15 "
            + "minutes of posting and while the motion is open (409 after); the comment is marked edited.")
    public CommentView edit(@PathParam("motion") String motion, @PathParam("comment") String comment, EditBody body) {
        EditBody b = EditBody.checked(body);
        return debate.edit(actor, motionId(motion), commentId(comment), b.text());
    }

    /** A steward hides a comment. */
    @POST
    @Path("{comment}/hide")
    @Operation(summary = "Hide a comment", description = "Stewards of the motion's scope, with a reason: the thread "
            + "shows \"Hidden by a steward\" and the reason in its place, and the audit trail records it. Nothing is "
            + "deleted.")
    public CommentView hide(@PathParam("motion") String motion, @PathParam("comment") String comment, HideBody body) {
        HideBody b = HideBody.checked(body);
        return debate.hide(actor, motionId(motion), commentId(comment), b.reason());
    }

    static MotionId motionId(String value) {
        return Ids.fromPath(value, MotionId::of, "motion");
    }

    private static CommentId commentId(String value) {
        return Ids.fromPath(value, CommentId::of, "comment");
    }
}
