package org.unionhall.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.unionhall.application.SignInService;

/**
 * Signing out, from the banner's button or {@code DELETE /api/v1/session}: ends the member's
 * session in the database (so no node resumes it), drops its cookie, and ends the HTTP session.
 * The trusted-device cookie stays: the browser is still one the member has used.
 */
@ApplicationScoped
public class SignOut {

    @Inject
    SignInService signIn;

    /** Signs the caller of this request out. */
    public void of(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        SignInFeedback.signedIn(request).ifPresent(member -> signIn.endSession(member.sessionToken()));
        SignInCookies.session(request).ifPresent(signIn::endSession);
        SignInCookies.dropSession(request, response);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
