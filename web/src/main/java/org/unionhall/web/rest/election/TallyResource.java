package org.unionhall.web.rest.election;

import static org.unionhall.web.rest.election.ElectionAnswers.id;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.ResultView;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.web.rest.election.ElectionBodies.DecryptionBody;
import org.unionhall.web.security.CurrentActor;

/**
 * Tally and publication (protocol §6.6, §9): the encrypted tally once voting closed, the
 * trustees' partial decryptions, and the published result with its verification report. Every
 * read is open to anyone; a partial decryption needs a named trustee.
 */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ElectionAnswers.TAG, description = ElectionAnswers.TAG_DESCRIPTION)
public class TallyResource {

    @Inject
    ElectionService elections;

    @Inject
    CurrentActor current;

    /** tally.json. */
    @GET
    @Path("{id}/tally")
    @Operation(summary = "Encrypted tally", description = "Anyone, without signing in. tally.json (§10.7), once "
            + "voting closed: what trustees decrypt.")
    public Response tally(@PathParam("id") String id) {
        return Response.ok(elections.tally(id(id)), MediaType.APPLICATION_JSON).build();
    }

    /** Message 4. */
    @POST
    @Path("{id}/decryption")
    @Operation(summary = "Partial decryption", description = "Named trustees, phase CLOSED: {partials, trustee} as "
            + "in decryption.json (§6.6, §10.8). When the threshold is reached the result is published.")
    @APIResponse(responseCode = "204", description = "Checked and kept")
    public Response decrypt(@PathParam("id") String id, DecryptionBody body) {
        elections.decrypt(current.actor(), id(id), DecryptionBody.checked(body));
        return Response.noContent().build();
    }

    /** The result and its report. */
    @GET
    @Path("{id}/result")
    @Operation(summary = "Result", description = "Anyone, without signing in. Counts per option, turnout, eligible "
            + "members and the verification report, once published. Turnout and eligible members below five read "
            + "\"fewer than 5\" (the record's tally holds the exact number of ballots counted).")
    public ResultAnswer result(@PathParam("id") String id) {
        return ResultAnswer.of(elections.result(id(id)));
    }

    /** The verification report. */
    @GET
    @Path("{id}/report")
    @Operation(summary = "Verification report", description = "Anyone, without signing in. The checks V1–V16 of "
            + "protocol §11, run by the server on the published record.")
    public ResultView.ReportView report(@PathParam("id") String id) {
        return elections.result(id(id)).report().orElseThrow(() -> new NotFound(
                "This election's result is not published yet, so there is no verification report."));
    }
}
