package org.unionhall.web.rest.motion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.motion.DebateService;
import org.unionhall.web.rest.motion.DebateBodies.FollowingView;

/** Whether the caller follows a motion's debate (and hears of new comments on it). */
@Path("motions/{motion}/following")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Debate")
public class FollowingResource {

    @Inject
    DebateService debate;

    @Inject
    Actor actor;

    /** Follow. */
    @PUT
    @Operation(summary = "Follow a motion", description = "Whoever may see the motion: a notification for each new "
            + "comment on it (never for one's own). The proposer follows their own motion until they stop.")
    public FollowingView follow(@PathParam("motion") String motion) {
        return new FollowingView(debate.follow(actor, DebateResource.motionId(motion), true));
    }

    /** Stop following. */
    @DELETE
    @Operation(summary = "Stop following a motion", description = "Whoever may see the motion.")
    public FollowingView unfollow(@PathParam("motion") String motion) {
        return new FollowingView(debate.follow(actor, DebateResource.motionId(motion), false));
    }
}
