package org.unionhall.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.CodeOutcome;
import org.unionhall.application.SignInOutcome;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.web.problem.Problem;
import org.unionhall.web.security.SecondFactorCredential;
import org.unionhall.web.security.SignInFeedback;
import org.unionhall.web.security.SignOut;

/**
 * Signing in once for many calls: a program posts an e-mail and password and gets the same
 * session cookie the sign-in page gives, so it does not pay for a password check (Argon2id) on
 * every call as HTTP Basic does. The check is the same one, throttled the same way.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Sign in once and use the session cookie")
public class SessionResource {

    @Inject
    SecurityContext security;

    @Inject
    SignOut signOut;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    /**
     * The e-mail and password.
     *
     * @param email the e-mail address
     * @param password the password
     */
    @Schema(name = "SignInBody")
    public record SignInBody(@Schema(required = true, maxLength = 254) String email,
                             @Schema(required = true, maxLength = 256) String password) {
    }

    /**
     * A code from the member's authenticator app, or one of their recovery codes.
     *
     * @param code the code
     */
    @Schema(name = "SignInCodeBody")
    public record SignInCodeBody(@Schema(required = true, maxLength = 64, example = "123456") String code) {
    }

    /**
     * The answer when the password matched and a code is awaited.
     *
     * @param codeRequired always true
     * @param next where to send the code
     */
    @Schema(name = "CodeRequired")
    public record CodeRequired(boolean codeRequired, String next) {
    }

    /** Signs in; the answer sets the session cookies (see the operation's description). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Sign in", description = "Anyone. Sets the cookies for the calls that follow (all "
            + "HttpOnly, SameSite=Lax): UNIONHALL_SESSION, this server's session; UNIONHALL_SIGNIN, the session "
            + "kept in the database, which another node or a restarted server resumes (30 minutes without "
            + "activity, 12 hours at most); UNIONHALL_DEVICE, which marks the client as one the member signed in "
            + "on before, so that others' failed attempts do not throttle it (send it back when signing in again). "
            + "Refusals are 401 with one message whether or not the e-mail has an account; too many attempts are "
            + "429. For an account with two-factor sign-in on, the password alone signs nobody in: the answer is "
            + "202 with the cookie UNIONHALL_PENDING (five minutes), and POST /api/v1/session/code with that cookie "
            + "and a code from the member's app finishes the sign-in.")
    @APIResponse(responseCode = "204", description = "Signed in; the session cookie is set")
    @APIResponse(responseCode = "202", description = "The password matched; send the code to /api/v1/session/code")
    public Response signIn(SignInBody body) {
        InvalidFields.of(body).required("email", body.email(), 254).required("password", body.password(), 256).verify();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(body.email(), new Password(body.password())))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            return Response.noContent().build();
        }
        if (SignInFeedback.codeRequired(request)) {
            return Response.accepted(new CodeRequired(true, "/api/v1/session/code")).build();
        }
        return SignInFeedback.throttledFor(request)
                .map(wait -> Response.fromResponse(Problem.of(429, "sign-in-throttled", "Too many sign-in attempts",
                                new SignInOutcome.Throttled(wait).message(), request.getRequestURI()).toResponse())
                        .header("Retry-After", Math.max(1, wait.toSeconds() + 1)).build())
                .orElseGet(() -> Problem.of(401, "sign-in-refused", "Sign-in refused", SignInOutcome.Refused.MESSAGE,
                        request.getRequestURI()).toResponse());
    }

    /** The second step of a sign-in: the code. */
    @POST
    @Path("code")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Give the sign-in code", description = "Anyone holding the UNIONHALL_PENDING cookie of a "
            + "sign-in whose password matched: the 6 digits the member's authenticator app shows now (each code "
            + "works once), or one of their recovery codes (xxxxx-xxxxx, each works once). Sets the same cookies as "
            + "a sign-in. A wrong code is 401 (another may be tried; after five the sign-in ends); too many wrong "
            + "codes for the account are 429, except from a client that signed in as the member before; a sign-in "
            + "that ended or waited more than five minutes is 401 sign-in-again.")
    @APIResponse(responseCode = "204", description = "Signed in; the session cookie is set")
    public Response giveCode(SignInCodeBody body) {
        InvalidFields.of(body).required("code", body.code(), 64).verify();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new SecondFactorCredential(body.code())).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            return Response.noContent().build();
        }
        CodeOutcome outcome = SignInFeedback.codeOutcome(request).orElse(new CodeOutcome.SignInAgain());
        if (outcome instanceof CodeOutcome.Throttled throttled) {
            return Response.fromResponse(Problem.of(429, "sign-in-throttled", "Too many sign-in attempts",
                            outcome.message(), request.getRequestURI()).toResponse())
                    .header("Retry-After", Math.max(1, throttled.retryAfter().toSeconds() + 1)).build();
        }
        return outcome instanceof CodeOutcome.SignInAgain
                ? Problem.of(401, "sign-in-again", "Sign in again", outcome.message(), request.getRequestURI())
                        .toResponse()
                : Problem.of(401, "code-refused", "Code refused", outcome.message(), request.getRequestURI())
                        .toResponse();
    }

    /** Signs out and ends the session. */
    @DELETE
    @SecurityRequirements
    @Operation(summary = "Sign out", description = "Anyone. Ends the session, if there is one, on every node.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response signOut() {
        try {
            signOut.of(request, response);
        } catch (ServletException e) {
            throw new InvalidInput("Signing out failed; close the browser to end the session.");
        }
        return Response.noContent().build();
    }
}
