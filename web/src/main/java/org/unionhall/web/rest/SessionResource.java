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
import org.unionhall.application.SignInOutcome;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.web.problem.Problem;
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
            + "429.")
    @APIResponse(responseCode = "204", description = "Signed in; the session cookie is set")
    public Response signIn(SignInBody body) {
        InvalidFields.of(body).required("email", body.email(), 254).required("password", body.password(), 256).verify();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(body.email(), new Password(body.password())))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            return Response.noContent().build();
        }
        return SignInFeedback.throttledFor(request)
                .map(wait -> Response.fromResponse(Problem.of(429, "sign-in-throttled", "Too many sign-in attempts",
                                new SignInOutcome.Throttled(wait).message(), request.getRequestURI()).toResponse())
                        .header("Retry-After", Math.max(1, wait.toSeconds() + 1)).build())
                .orElseGet(() -> Problem.of(401, "sign-in-refused", "Sign-in refused", SignInOutcome.Refused.MESSAGE,
                        request.getRequestURI()).toResponse());
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
