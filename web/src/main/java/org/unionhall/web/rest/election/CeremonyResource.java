package org.unionhall.web.rest.election;

import static org.unionhall.web.rest.election.ElectionAnswers.JSON;
import static org.unionhall.web.rest.election.ElectionAnswers.id;
import static org.unionhall.web.rest.election.ElectionAnswers.parse;
import static org.unionhall.web.rest.election.ElectionAnswers.signedIn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import org.unionhall.application.election.CeremonyView;
import org.unionhall.application.election.ElectionService;
import org.unionhall.web.rest.election.ElectionBodies.AnnouncementBody;
import org.unionhall.web.rest.election.ElectionBodies.ComplaintBody;
import org.unionhall.web.rest.election.ElectionBodies.SharesBody;
import org.unionhall.web.security.CurrentActor;

/**
 * The key ceremony (protocol §6.2–§6.4): the trustees' working channel, where each announces, sends
 * its encrypted shares and complains about a wrong one. Every call needs a signed-in member (the
 * container asks for it on every change; the read asks itself, its address being open to GET).
 */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ElectionAnswers.TAG, description = ElectionAnswers.TAG_DESCRIPTION)
public class CeremonyResource {

    @Inject
    ElectionService elections;

    @Inject
    CurrentActor current;

    /** The ceremony messages of the current round. */
    @GET
    @Path("{id}/ceremony")
    @Operation(summary = "Key ceremony messages", description = "The union's members and stewards (401 for a "
            + "visitor, 403 for anyone else): the trustees' working channel. Announcements and encrypted shares of the current round in their ceremony.json form, "
            + "and the verdict on every complaint so far; anyone gets the finished ceremony in the record.")
    public JsonObject ceremony(@PathParam("id") String id) {
        CeremonyView c = elections.ceremony(signedIn(current), id(id));
        JsonArrayBuilder announcements = JSON.createArrayBuilder();
        c.announcements().forEach(a -> announcements.add(parse(a)));
        JsonArrayBuilder shares = JSON.createArrayBuilder();
        c.shares().forEach(s -> shares.add(parse(s)));
        JsonArrayBuilder complaints = JSON.createArrayBuilder();
        c.complaints().forEach(complaints::add);
        return JSON.createObjectBuilder().add("round", c.round()).add("announcements", announcements)
                .add("shares", shares).add("complaints", complaints).build();
    }

    /** Message 1. */
    @POST
    @Path("{id}/ceremony/announcement")
    @Operation(summary = "Trustee announcement", description = "Named trustees, phase CEREMONY: message 1 (§6.2) "
            + "as an announcement object of ceremony.json.")
    @APIResponse(responseCode = "204", description = "Checked and kept")
    public Response announce(@PathParam("id") String id, AnnouncementBody body) {
        elections.announce(signedIn(current), id(id), AnnouncementBody.checked(body));
        return Response.noContent().build();
    }

    /** Message 2. */
    @POST
    @Path("{id}/ceremony/shares")
    @Operation(summary = "Encrypted shares", description = "Named trustees, phase CEREMONY, after every trustee "
            + "announced: {\"shares\": [one share object of ceremony.json for each other trustee]} (§6.3).")
    @APIResponse(responseCode = "204", description = "Kept")
    public Response shares(@PathParam("id") String id, SharesBody body) {
        elections.sendShares(signedIn(current), id(id), SharesBody.checked(body));
        return Response.noContent().build();
    }

    /** Message 3. */
    @POST
    @Path("{id}/ceremony/complaint")
    @Operation(summary = "Complaint about a share", description = "The recipient of a wrong share: {from, to, "
            + "sharedSecret, proof} (§6.4). Judged at once; the trustee at fault is excluded and the ceremony restarts "
            + "without them, or the election is cancelled if fewer than the threshold remain.")
    @APIResponse(responseCode = "200", description = "{\"verdict\": who was at fault, in words}")
    public JsonObject complain(@PathParam("id") String id, ComplaintBody body) {
        return JSON.createObjectBuilder().add("verdict", elections.complain(signedIn(current), id(id),
                ComplaintBody.checked(body))).build();
    }
}
