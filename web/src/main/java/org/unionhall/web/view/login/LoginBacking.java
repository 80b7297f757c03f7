package org.unionhall.web.view.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.unionhall.application.SignInOutcome;
import org.unionhall.web.security.ReturnAddress;
import org.unionhall.web.security.SignInFeedback;
import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The sign-in form. It hands the e-mail and password to Jakarta Security, which checks them
 * through the application's identity store; this bean only turns the outcome into a page: the
 * dashboard, the code page for a member with two-factor sign-in on, one refusal that never says
 * whether the e-mail is known, or how long to wait after too many attempts.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    private String email;
    private String password;
    private String next;

    /** Signs in and goes on to the page asked for first, or to the dashboard. */
    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + ReturnAddress.after(next));
            default -> {
                if (SignInFeedback.codeRequired(request)) {
                    String onward = ReturnAddress.asParameter(next);
                    external.redirect(external.getRequestContextPath() + "/login-code.xhtml"
                            + (onward.isEmpty() ? "" : "?" + onward));
                    return;
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    SignInFeedback.throttledFor(request).map(LoginBacking::tooManyAttempts)
                            .orElse(SignInOutcome.Refused.MESSAGE), null));
            }
        }
    }

    /** "Too many attempts, try again in N minutes", rounded up so nobody retries too early. */
    static String tooManyAttempts(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Too many attempts, try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The page the person was going to before signing in (checked by {@link ReturnAddress}). */
    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
