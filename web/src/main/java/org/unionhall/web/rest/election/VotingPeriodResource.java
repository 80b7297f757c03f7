package org.unionhall.web.rest.election;

import static org.unionhall.web.rest.election.ElectionAnswers.id;

import jakarta.json.JsonObject;
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
import org.unionhall.web.rest.election.ElectionBodies.CredentialBody;

/**
 * The voting period (protocol §7, §8.1): members register their voting keys, then a steward opens
 * voting (the roll is frozen, the context fixed) and closes it (the encrypted tally is fixed).
 */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ElectionAnswers.TAG, description = ElectionAnswers.TAG_DESCRIPTION)
public class VotingPeriodResource {

    @Inject
    ElectionService elections;

    @Inject
    Actor actor;

    /** Registers the caller's public voting key. */
    @POST
    @Path("{id}/credentials")
    @Operation(summary = "Register a voting key", description = "Eligible members, phase REGISTRATION, once: "
            + "{\"credential\": enc(X) in base64url}. The key is put on the roll without the member's id.")
    @APIResponse(responseCode = "204", description = "Registered")
    public Response register(@PathParam("id") String id, CredentialBody body) {
        elections.register(actor, id(id), CredentialBody.checked(body));
        return Response.noContent().build();
    }

    /** Opens voting now. */
    @POST
    @Path("{id}/open")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Open voting now", description = "Stewards of the scope, phase REGISTRATION: freezes the "
            + "roll and fixes the election context.")
    public JsonObject open(@PathParam("id") String id) {
        return ElectionAnswers.view(elections.open(actor, id(id)));
    }

    /** Closes voting now. */
    @POST
    @Path("{id}/close")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Close voting now", description = "Stewards of the scope, phase OPEN: fixes the weighted "
            + "encrypted tally for the trustees.")
    public JsonObject close(@PathParam("id") String id) {
        return ElectionAnswers.view(elections.close(actor, id(id)));
    }
}
