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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.motion.BylawsProposal;
import org.unionhall.application.motion.BylawsView;
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.MotionSummary;
import org.unionhall.application.motion.MotionView;
import org.unionhall.application.motion.ProposeMotion;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.web.rest.Ids;
import org.unionhall.web.rest.motion.MotionBodies.AmendmentBody;
import org.unionhall.web.rest.motion.MotionBodies.BylawsAmendmentBody;
import org.unionhall.web.rest.motion.MotionBodies.DraftBody;
import org.unionhall.web.rest.motion.MotionBodies.ProposeBody;
import org.unionhall.web.rest.motion.MotionBodies.ScheduleBody;

/** Motions and their workflow, and the bylaws they are decided under. */
@Path("motions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Motions", description = "Bylaws, motions, seconds, amendments, scheduling and withdrawal")
public class MotionResource {

    @Inject
    MotionService motions;

    @Inject
    Actor actor;

    /** Motions of a union or of a chapter. */
    @GET
    @Operation(summary = "List motions", description = "Give either union (the union's own motions) or chapter. "
            + "Members of the union see them; drafts only their proposer.")
    public List<MotionSummary> list(@QueryParam("union") String union, @QueryParam("chapter") String chapter) {
        if (chapter != null && !chapter.isBlank()) {
            return motions.motionsOfChapter(actor, chapter);
        }
        if (union == null || union.isBlank()) {
            throw new InvalidInput("Say whose motions to list: ?union=<slug> or ?chapter=<slug>.");
        }
        return motions.motionsOfUnion(actor, union);
    }

    /** One motion with its history. */
    @GET
    @Path("{motion}")
    @Operation(summary = "A motion", description = "Its text, status, seconds, amendments, full history, result, "
            + "and what the caller may do.")
    public MotionView get(@PathParam("motion") String motion) {
        return motions.motion(actor, id(motion));
    }

    /** Drafts a motion. */
    @POST
    @Operation(summary = "Propose a motion", description = "Creates a draft (kind GENERAL or BUDGET) in a chapter, "
            + "union or federation where the caller is an active member. Submit it to ask for seconds.")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MotionView.class)))
    public Response propose(ProposeBody body) {
        ProposeBody b = ProposeBody.checked(body);
        MotionView created = motions.propose(actor, new ProposeMotion(b.kind(), b.scope(), b.scopeSlug(), b.title(),
                b.text()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Drafts a bylaws amendment. */
    @POST
    @Path("bylaws-amendments")
    @Operation(summary = "Propose a bylaws amendment", description = "A draft motion carrying the whole proposed "
            + "next version of the union's bylaws; when carried it comes in force as the next version.")
    @APIResponse(responseCode = "201", description = "The draft")
    public Response proposeBylaws(BylawsAmendmentBody body) {
        BylawsAmendmentBody b = BylawsAmendmentBody.checked(body);
        MotionView created = motions.proposeBylawsAmendment(actor, b.unionSlug(), b.title(), b.text(),
                new BylawsProposal(b.memberQuorumPercent(), b.congressQuorumPercent(), b.secondsNeeded(),
                        b.secondingDays(), b.votingDays(), b.trustees(), b.trusteeThreshold(), b.bodies(),
                        b.thresholds(), b.treasury()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The union's bylaws in force. */
    @GET
    @Path("bylaws/{union}")
    @Operation(summary = "Bylaws in force", description = "Quorum, thresholds, seconds, voting period, who decides "
            + "each kind of motion, default trustees.")
    public BylawsView bylaws(@PathParam("union") String union) {
        return motions.bylaws(actor, union);
    }

    /** Every version of the union's bylaws. */
    @GET
    @Path("bylaws/{union}/history")
    @Operation(summary = "Bylaws history", description = "Every version that was in force, newest first.")
    public List<BylawsView> bylawsHistory(@PathParam("union") String union) {
        return motions.bylawsHistory(actor, union);
    }

    /** The proposer rewrites the draft. */
    @PUT
    @Path("{motion}")
    @Operation(summary = "Edit a draft", description = "Proposer only, while it is a draft (404 to anyone else, "
            + "who cannot see it; 409 once submitted: then only amendments change the text).")
    public MotionView editDraft(@PathParam("motion") String motion, DraftBody body) {
        DraftBody b = DraftBody.checked(body);
        return motions.editDraft(actor, id(motion), b.title(), b.text());
    }

    /** The proposer submits the draft. */
    @POST
    @Path("{motion}/submit")
    @Operation(summary = "Submit a draft", description = "Proposer only. Records the bylaws version in force; "
            + "members of the scope are told it needs seconds.")
    public MotionView submit(@PathParam("motion") String motion) {
        return motions.submit(actor, id(motion));
    }

    /** A member seconds. */
    @POST
    @Path("{motion}/seconds")
    @Operation(summary = "Second a motion", description = "Active members of the scope other than the proposer, "
            + "once each, within the seconding time. 409 for one's own motion.")
    public MotionView second(@PathParam("motion") String motion) {
        return motions.second(actor, id(motion));
    }

    /** A steward opens the motion for amendments. */
    @POST
    @Path("{motion}/open-for-amendments")
    @Operation(summary = "Open for amendments", description = "Stewards of the scope, once the motion is seconded.")
    public MotionView openForAmendments(@PathParam("motion") String motion) {
        return motions.openForAmendments(actor, id(motion));
    }

    /** A member proposes an amendment. */
    @POST
    @Path("{motion}/amendments")
    @Operation(summary = "Propose an amendment", description = "A new text for a motion open for amendments; the "
            + "amendment is a draft motion of its own and is decided before its motion. 409 on a closed motion.")
    @APIResponse(responseCode = "201", description = "The amendment (a draft)")
    public Response amend(@PathParam("motion") String motion, AmendmentBody body) {
        AmendmentBody b = AmendmentBody.checked(body);
        MotionView created = motions.amend(actor, id(motion), b.title(), b.text());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** A steward schedules the vote. */
    @POST
    @Path("{motion}/schedule")
    @Operation(summary = "Schedule the vote", description = "Stewards of the scope. Refused while an amendment is "
            + "undecided. A motion for a secret member ballot gets its election prepared. A congress vote whose "
            + "opensAt is now or past (or left out) opens its roll call at once and answers status VOTING.")
    public MotionView schedule(@PathParam("motion") String motion, ScheduleBody body) {
        ScheduleBody b = body == null ? new ScheduleBody(null, null) : body;
        return motions.schedule(actor, id(motion), Optional.ofNullable(b.opensAt()), Optional.ofNullable(b.closesAt()));
    }

    /** A steward opens the vote now. */
    @POST
    @Path("{motion}/open-voting")
    @Operation(summary = "Open the vote now", description = "Stewards of the scope. For a congress: the roll call "
            + "with membership counts certified today.")
    public MotionView openVoting(@PathParam("motion") String motion) {
        return motions.openVoting(actor, id(motion));
    }

    /** The proposer withdraws the motion. */
    @POST
    @Path("{motion}/withdraw")
    @Operation(summary = "Withdraw a motion", description = "Proposer only, before the vote.")
    public MotionView withdraw(@PathParam("motion") String motion) {
        return motions.withdraw(actor, id(motion));
    }

    private static MotionId id(String value) {
        return Ids.fromPath(value, MotionId::of, "motion");
    }
}
