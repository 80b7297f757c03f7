package org.unionhall.web.view.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.unionhall.application.AccountService;
import org.unionhall.application.SessionView;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.security.SignInCookies;
import org.unionhall.web.security.SignInFeedback;
import org.unionhall.web.view.Pages;

/** The member's sessions on their account page: the list, signing one out, signing out everywhere else. */
@Named
@RequestScoped
public class SessionsBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentActor member;

    @Inject
    private FacesContext faces;

    private List<SessionView> sessions;

    /** The live sessions, newest first. */
    public List<SessionView> getSessions() {
        if (sessions == null) {
            sessions = accounts.sessions(member.actor(), sessionToken());
        }
        return sessions;
    }

    /** Signs out the session with this handle. */
    public void signOut(String handle) {
        Pages.act(() -> accounts.endSession(member.actor(), handle), "That session is signed out.");
        sessions = null;
    }

    /** Signs out every other session. */
    public void signOutEverywhereElse() {
        HttpServletRequest request = request();
        Pages.act(() -> accounts.endOtherSessions(member.actor(), sessionToken(),
                SignInCookies.device(request).orElse(null)), "Signed out everywhere else: only this browser "
                + "is still signed in to your account.");
        sessions = null;
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private String sessionToken() {
        return SignInFeedback.sessionToken(request());
    }
}
