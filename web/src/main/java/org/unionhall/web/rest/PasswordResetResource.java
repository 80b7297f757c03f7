package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.PasswordResetService;
import org.unionhall.web.problem.Problem;
import org.unionhall.web.security.ClientAddress;

/**
 * A forgotten password: anyone asks for a reset link by e-mail address and gets the same answer
 * whether or not the address has an account; the link's token then sets a new password once,
 * within the hour.
 */
@Path("password-reset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Password reset", description = "A reset link by e-mail for a forgotten password")
public class PasswordResetResource {

    @Inject
    PasswordResetService resets;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    /**
     * The address to mail a reset link to.
     *
     * @param email the e-mail address of the account
     */
    @Schema(name = "PasswordResetRequestBody")
    public record ResetRequestBody(@Schema(required = true, maxLength = 254) String email) {
    }

    /**
     * A reset link's token and the new password.
     *
     * @param token the {@code token} of the link in the mail
     * @param password the new password (8 to 128 characters, not a common one)
     */
    @Schema(name = "NewPasswordBody")
    public record NewPasswordBody(@Schema(required = true, maxLength = 100) String token,
                                  @Schema(required = true, maxLength = 256) String password) {
    }

    /**
     * The one answer to an accepted request.
     *
     * @param message what happens next
     */
    @Schema(name = "PasswordResetAnswer")
    public record Answer(String message) {
    }

    /** Asks for a reset link. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Ask for a password reset link", description = "Anyone. Answers 202 with the same "
            + "message whether or not the address has an account; the link, valid one hour and usable once, goes "
            + "to the address by mail. At most 3 requests per address an hour, and requests from one client are "
            + "slowed down: 429 with Retry-After, the same for every address.")
    @APIResponse(responseCode = "202", description = "Accepted; a mail goes out if the address has an account")
    public Response request(ResetRequestBody body) {
        InvalidFields.of(body).required("email", body.email(), 254).verify();
        Optional<Duration> wait = resets.requestReset(body.email(), clientAddress.of(request));
        if (wait.isPresent()) {
            return Problem.of(429, "password-reset-throttled", "Too many requests", "Too many reset requests for this "
                    + "address or from this connection. Please wait " + Problem.inWords(wait.get()) + " and try again.",
                    request.getRequestURI()).toResponse(wait.get());
        }
        return Response.accepted(new Answer(PasswordResetService.REQUESTED)).build();
    }

    /** Sets a new password with a reset link's token. */
    @POST
    @Path("new-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Set a new password with a reset link", description = "Anyone holding a link. The "
            + "password must be 8 to 128 characters and not a common one (422, and the link stays usable). A link "
            + "never given out answers 422; one used already or older than an hour answers 409; nothing changes. "
            + "On success every session of the member ends and they are mailed that the password changed.")
    @APIResponse(responseCode = "204", description = "The password was set")
    public Response reset(NewPasswordBody body) {
        InvalidFields.of(body).required("token", body.token(), 100).required("password", body.password(), 256)
                .verify();
        resets.resetPassword(body.token(), body.password().toCharArray());
        return Response.noContent().build();
    }
}
