package org.unionhall.web.rest.election;

import static org.unionhall.web.rest.election.ElectionAnswers.id;
import static org.unionhall.web.rest.election.ElectionAnswers.receipt;

import jakarta.ws.rs.POST;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.SubmittedBallot;
import org.unionhall.web.rest.election.ElectionBodies.BallotBody;
import org.unionhall.web.rest.election.ElectionBodies.ChallengeBody;

/**
 * Ballot intake (protocol §8): what the booth posts, a ballot to cast or one to challenge with its
 * opening. Each is checked, appended to the board and stored before the answer, which carries the
 * tracking code and the signed receipt.
 */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ElectionAnswers.TAG, description = ElectionAnswers.TAG_DESCRIPTION)
public class BallotResource {

    @Inject
    ElectionService elections;

    @Inject
    Actor actor;

    /** Casts a ballot. */
    @POST
    @Path("{id}/ballots")
    @Operation(summary = "Cast a ballot", description = "{\"ballot\": the ballot object of §10.6}. Checked (binding, "
            + "shape, signature, proofs, roll, replay), appended to the board and stored before the answer. The same "
            + "ballot again answers the same entry with 200. After the close: 409.")
    @APIResponse(responseCode = "201", description = "Cast: {seq, code, receipt}; the receipt (protocol §8.8) is "
            + "signed with the election's board key and proves the board took this ballot at seq")
    public Response cast(@PathParam("id") String id, BallotBody body) {
        return receipt(elections.submit(actor, id(id), SubmittedBallot.cast(BallotBody.checked(body))));
    }

    /** Posts a challenged ballot with its opening. */
    @POST
    @Path("{id}/challenges")
    @Operation(summary = "Challenge a ballot (Benaloh)", description = "{\"ballot\", \"opening\"} (§8.4): the ballot "
            + "is opened on the board, checked and never counted; encrypt again to vote.")
    @APIResponse(responseCode = "201", description = "Posted: {seq, code, receipt} (see casting)")
    public Response challenge(@PathParam("id") String id, ChallengeBody body) {
        return receipt(elections.submit(actor, id(id), ChallengeBody.checked(body)));
    }
}
