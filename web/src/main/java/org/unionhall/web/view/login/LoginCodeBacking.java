package org.unionhall.web.view.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.unionhall.application.CodeOutcome;
import org.unionhall.web.security.SecondFactorCredential;
import org.unionhall.web.security.ReturnAddress;
import org.unionhall.web.security.SignInCookies;
import org.unionhall.web.security.SignInFeedback;
import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The second step of signing in, for a member with two-factor sign-in on: the code from their
 * app, or a recovery code. Jakarta Security checks it; this bean turns the outcome into the
 * dashboard or a message.
 */
@Named
@RequestScoped
public class LoginCodeBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    private String code;
    private String next;

    /** Whether this browser has a sign-in awaiting its code (else the page sends the person to sign in). */
    public boolean isWaiting() {
        return SignInCookies.pending((HttpServletRequest) faces.getExternalContext().getRequest()).isPresent();
    }

    /** Gives the code; signed in, goes on to the page asked for first, or to the dashboard. */
    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new SecondFactorCredential(code)).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                SignInFeedback.codeOutcome(request).filter(o -> o instanceof CodeOutcome.Passed p
                        && p.recoveryCodesLeft() >= 0).ifPresent(o -> {
                            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, o.message(), null));
                            external.getFlash().setKeepMessages(true);
                        });
                external.redirect(external.getRequestContextPath() + ReturnAddress.after(next));
            }
            default -> {
                code = null;
                CodeOutcome outcome = SignInFeedback.codeOutcome(request).orElse(new CodeOutcome.SignInAgain());
                if (outcome instanceof CodeOutcome.SignInAgain) {
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, outcome.message(), null));
                    external.getFlash().setKeepMessages(true);
                    external.redirect(external.getRequestContextPath() + "/login.xhtml");
                    return;
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        outcome instanceof CodeOutcome.Throttled t ? LoginBacking.tooManyAttempts(t.retryAfter())
                                : outcome.message(), null));
            }
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The page the person was going to before signing in (checked by {@link ReturnAddress}). */
    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
