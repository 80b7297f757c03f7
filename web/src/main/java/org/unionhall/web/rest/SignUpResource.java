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
import org.unionhall.application.SignUpService;
import org.unionhall.web.problem.Problem;
import org.unionhall.web.security.ClientAddress;

/**
 * Signing up from a union's public page: anyone gives a chapter of the union, a name, an address,
 * a password and a note, and gets the same answer whether or not the address has an account; the
 * link mailed to the address then makes the account and files the join request, once, within 24
 * hours.
 */
@Path("sign-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-up", description = "An account and a request to join a chapter, confirmed by a link by e-mail")
public class SignUpResource {

    @Inject
    SignUpService signUps;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    /**
     * What a person gives to sign up.
     *
     * @param union the union's slug
     * @param chapter the slug of one of its chapters
     * @param displayName the name members will see
     * @param email the address to confirm and sign in with
     * @param password 8 to 128 characters, not a common one
     * @param note words for the chapter's stewards, optional
     */
    @Schema(name = "SignUpBody")
    public record SignUpBody(@Schema(required = true, maxLength = 100) String union,
                             @Schema(required = true, maxLength = 100) String chapter,
                             @Schema(required = true, maxLength = 80) String displayName,
                             @Schema(required = true, maxLength = 254) String email,
                             @Schema(required = true, maxLength = 256) String password,
                             @Schema(maxLength = 1000) String note) {
    }

    /**
     * A confirmation link's token.
     *
     * @param token the {@code token} of the link in the mail
     */
    @Schema(name = "SignUpConfirmationBody")
    public record ConfirmBody(@Schema(required = true, maxLength = 100) String token) {
    }

    /**
     * The one answer to an accepted sign-up.
     *
     * @param message what happens next
     */
    @Schema(name = "SignUpAnswer")
    public record Answer(String message) {
    }

    /** Signs up. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Sign up and ask to join a chapter", description = "Anyone. Answers 202 with the same "
            + "message whether or not the address has an account; a confirmation link, valid 24 hours and usable "
            + "once, goes to the address by mail. 404 for a union that does not exist; 422 for a chapter that is "
            + "not the union's, a missing or overlong field, an address that is not one, or a weak password. At "
            + "most 3 sign-ups per address a day, and sign-ups from one client are slowed down: 429 with "
            + "Retry-After, the same for every address.")
    @APIResponse(responseCode = "202", description = "Accepted; the confirmation link goes to the address")
    public Response signUp(SignUpBody body) {
        InvalidFields.of(body).required("union", body.union(), 100).required("chapter", body.chapter(), 100)
                .required("displayName", body.displayName(), 80).required("email", body.email(), 254)
                .required("password", body.password(), 256).optional("note", body.note(), 1000).verify();
        Optional<Duration> wait = signUps.signUp(body.union(), new SignUpService.SignUpForm(body.chapter(),
                body.displayName(), body.email(), body.password().toCharArray(), body.note()),
                clientAddress.of(request));
        if (wait.isPresent()) {
            return Problem.of(429, "sign-up-throttled", "Too many sign-ups", "Too many sign-ups for this address or "
                    + "from this connection. Please wait " + Problem.inWords(wait.get()) + " and try again.",
                    request.getRequestURI()).toResponse(wait.get());
        }
        return Response.accepted(new Answer(SignUpService.REQUESTED)).build();
    }

    /** Confirms a sign-up with its link's token. */
    @POST
    @Path("confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Confirm a sign-up with its link", description = "Anyone holding a link. Makes the "
            + "account and files the request to join the chapter, which its stewards decide; answers 201. A link "
            + "never given out or used already answers 422; one older than 24 hours, or for an address that has "
            + "an account by now (sign in and ask to join from there), answers 409; nothing is made.")
    @APIResponse(responseCode = "201", description = "The account was made and the join request filed")
    public Response confirm(ConfirmBody body) {
        InvalidFields.of(body).required("token", body.token(), 100).verify();
        return Response.status(201).entity(signUps.confirm(body.token())).build();
    }
}
