package org.unionhall.web.rest.motion;

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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.motion.CongressService;
import org.unionhall.application.motion.CongressView;
import org.unionhall.application.motion.GiveProxy;
import org.unionhall.application.motion.ProxyView;
import org.unionhall.domain.congress.ProxyId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.web.rest.Ids;
import org.unionhall.web.rest.motion.MotionBodies.GiveProxyBody;
import org.unionhall.web.rest.motion.MotionBodies.InstructionBody;
import org.unionhall.web.rest.motion.MotionBodies.ProxyVoteBody;
import org.unionhall.web.rest.motion.MotionBodies.VoteBody;

/** The delegate congress: public weighted roll calls, instructions and proxies. */
@Path("congress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Congress", description = "Weighted roll calls of the chapters' delegates, instructions, proxies")
public class CongressResource {

    @Inject
    CongressService congress;

    @Inject
    Actor actor;

    /** The roll call on a motion. */
    @GET
    @Path("{motion}")
    @Operation(summary = "Roll call", description = "The weight table (membership counts certified at the record "
            + "date), every vote with its weight and the chapter's instruction beside it, and the weighted result.")
    public CongressView rollCall(@PathParam("motion") String motion) {
        return congress.rollCall(actor, id(motion));
    }

    /** A delegate votes. */
    @POST
    @Path("{motion}/votes")
    @Operation(summary = "Cast one's own vote", description = "Delegates with a seat, once. Overrides any proxy "
            + "vote cast for them.")
    public CongressView vote(@PathParam("motion") String motion, VoteBody body) {
        return congress.vote(actor, id(motion), VoteBody.checked(body).choice());
    }

    /** A proxy holder votes for the giver. */
    @POST
    @Path("{motion}/proxy-votes")
    @Operation(summary = "Cast a proxy's weight", description = "The holder of a proxy covering this vote; the parts "
            + "(e.g. FOR 70, AGAINST 30) must add up to exactly the giver's weight. 409 when they add up to more.")
    public CongressView proxyVote(@PathParam("motion") String motion, ProxyVoteBody body) {
        ProxyVoteBody b = ProxyVoteBody.checked(body);
        return congress.voteByProxy(actor, id(motion), Ids.fromPath(b.proxyId(), ProxyId::of, "proxy"),
                b.parts());
    }

    /** A chapter steward instructs the chapter's delegates. */
    @POST
    @Path("{motion}/instructions")
    @Operation(summary = "Instruct a chapter's delegates", description = "Stewards of the chapter or its union; the "
            + "roll call shows the instruction beside each vote.")
    public CongressView instruct(@PathParam("motion") String motion, InstructionBody body) {
        InstructionBody b = InstructionBody.checked(body);
        return congress.instruct(actor, id(motion), b.chapterSlug(), b.instruction());
    }

    /** A steward closes the roll call. */
    @POST
    @Path("{motion}/close")
    @Operation(summary = "Close the roll call", description = "Stewards of the scope; the motion is decided under "
            + "the bylaws version it recorded.")
    public CongressView close(@PathParam("motion") String motion) {
        return congress.close(actor, id(motion));
    }

    /** The caller's proxies. */
    @GET
    @Path("proxies")
    @Operation(summary = "My proxies", description = "Proxies the caller gave or holds, newest first.")
    public List<ProxyView> proxies() {
        return congress.proxies(actor);
    }

    /** A delegate gives a proxy. */
    @POST
    @Path("proxies")
    @Operation(summary = "Give a proxy", description = "To another delegate of the same union, for one vote or one "
            + "congress session. Loops and chains are refused (409).")
    public Response give(GiveProxyBody body) {
        GiveProxyBody b = GiveProxyBody.checked(body);
        ProxyView given = congress.giveProxy(actor, new GiveProxy(b.holderId(), b.scope(), Optional.ofNullable(b.motionId()),
                Optional.ofNullable(b.sessionDay())));
        return Response.status(Response.Status.CREATED).entity(given).build();
    }

    /** The giver revokes a proxy. */
    @POST
    @Path("proxies/{proxy}/revoke")
    @Operation(summary = "Revoke a proxy", description = "The giver only.")
    public ProxyView revoke(@PathParam("proxy") String proxy) {
        return congress.revokeProxy(actor, Ids.fromPath(proxy, ProxyId::of, "proxy"));
    }

    private static MotionId id(String value) {
        return Ids.fromPath(value, MotionId::of, "motion");
    }
}
