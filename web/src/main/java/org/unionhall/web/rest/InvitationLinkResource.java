package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.AcceptedInvitation;
import org.unionhall.application.InvitationService;
import org.unionhall.web.security.CurrentActor;

/**
 * The person invited uses the link from the mail: signed out, to make their account and
 * membership; signed in with the invited address's account, to join.
 */
@Path("invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations")
public class InvitationLinkResource {

    @Inject
    InvitationService invitations;

    /** Not the Actor itself: a visitor accepting an invitation has none. */
    @Inject
    CurrentActor member;

    /**
     * An invitation's token, the name and the password the person chooses.
     *
     * @param token the {@code token} of the link in the mail
     * @param displayName the name to be known by (blank: the name the steward gave)
     * @param password the password (8 to 128 characters, not a common one)
     */
    @Schema(name = "AcceptInvitationBody")
    public record AcceptBody(@Schema(required = true, maxLength = 100) String token,
                             @Schema(maxLength = 80) String displayName,
                             @Schema(required = true, maxLength = 256) String password) {
    }

    /**
     * An invitation's token.
     *
     * @param token the {@code token} of the link in the mail
     */
    @Schema(name = "JoinByInvitationBody")
    public record JoinBody(@Schema(required = true, maxLength = 100) String token) {
    }

    /** Accepts an invitation: the account and the membership in one step. */
    @POST
    @Path("accept")
    @SecurityRequirements
    @Operation(summary = "Accept an invitation", description = "Anyone holding a link from the mail. Makes the "
            + "account (the invited address, the chosen name and password) and the active membership of the "
            + "chapter at once; then sign in with POST /session. A link never given out, or a weak password, "
            + "answers 422 (the link stays usable after a refused password); a link used, withdrawn or expired, "
            + "or an address that has an account already (sign in and use /invitations/join), answers 409. "
            + "Nothing changes when refused.")
    @APIResponse(responseCode = "201", description = "The account and the membership were made",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AcceptedInvitation.class)))
    public Response accept(AcceptBody body) {
        InvalidFields.of(body).required("token", body.token(), 100).optional("displayName", body.displayName(), 300)
                .required("password", body.password(), 256).verify();
        AcceptedInvitation accepted = invitations.accept(body.token(), body.displayName(),
                body.password().toCharArray());
        return Response.status(Response.Status.CREATED).entity(accepted).build();
    }

    /** Joins with the signed-in account the invitation was sent to. */
    @POST
    @Path("join")
    @Operation(summary = "Join by invitation", description = "A signed-in member whose account has the invited "
            + "address becomes an active member of the chapter. An invitation sent to another address, used, "
            + "withdrawn or expired, or a member of the chapter already, answers 409; a link never given out 422.")
    public AcceptedInvitation join(JoinBody body) {
        InvalidFields.of(body).required("token", body.token(), 100).verify();
        return invitations.join(member.actor(), body.token());
    }
}
