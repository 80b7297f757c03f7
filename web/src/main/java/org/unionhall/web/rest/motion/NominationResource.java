package org.unionhall.web.rest.motion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.motion.CallElection;
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.MotionView;
import org.unionhall.application.motion.NominationView;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.NominationId;
import org.unionhall.web.rest.Ids;
import org.unionhall.web.rest.motion.MotionBodies.AcceptBody;
import org.unionhall.web.rest.motion.MotionBodies.CallElectionBody;
import org.unionhall.web.rest.motion.MotionBodies.NominateBody;

/** Officer elections and their nominations. */
@Path("nominations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nominations", description = "Officer elections: calling one, nominating, accepting or declining")
public class NominationResource {

    @Inject
    MotionService motions;

    @Inject
    Actor actor;

    /** Calls an officer election. */
    @POST
    @Path("elections")
    @Operation(summary = "Call an officer election", description = "A draft motion of kind OFFICER_ELECTION; "
            + "nominations are taken until it is scheduled, when its ballot is built from the accepted nominees.")
    public Response call(CallElectionBody body) {
        CallElectionBody b = CallElectionBody.checked(body);
        MotionView created = motions.callElection(actor, new CallElection(b.scope(), b.scopeSlug(), b.office(), b.text(),
                b.method(), b.seats()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Nominates a member. */
    @POST
    @Operation(summary = "Nominate a candidate", description = "Active members of the scope nominate active members "
            + "of the scope; the nominee must accept.")
    public Response nominate(NominateBody body) {
        NominateBody b = NominateBody.checked(body);
        NominationView created = motions.nominate(actor, Ids.fromPath(b.electionId(), MotionId::of,
                "election"), MemberId.of(b.nomineeId()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The nominee accepts. */
    @POST
    @Path("{nomination}/accept")
    @Operation(summary = "Accept a nomination", description = "The nominee only, with a candidate statement.")
    public NominationView accept(@PathParam("nomination") String nomination, AcceptBody body) {
        return motions.acceptNomination(actor, id(nomination), AcceptBody.checked(body).statement());
    }

    /** The nominee declines. */
    @POST
    @Path("{nomination}/decline")
    @Operation(summary = "Decline a nomination", description = "The nominee only.")
    public NominationView decline(@PathParam("nomination") String nomination) {
        return motions.declineNomination(actor, id(nomination));
    }

    private static NominationId id(String value) {
        return Ids.fromPath(value, NominationId::of, "nomination");
    }
}
