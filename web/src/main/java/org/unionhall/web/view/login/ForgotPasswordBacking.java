package org.unionhall.web.view.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.unionhall.application.PasswordResetService;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.web.security.ClientAddress;

/**
 * "Forgot your password?": asks for a reset link and shows the one answer, which never says
 * whether the address has an account.
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    private PasswordResetService resets;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private FacesContext faces;

    private String email;
    private boolean sent;

    /** Asks for the link. */
    public void request() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            resets.requestReset(email, clientAddress.of(request)).ifPresentOrElse(
                    wait -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            LoginBacking.tooManyAttempts(wait), null)),
                    () -> sent = true);
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
    }

    /** The answer to every accepted request. */
    public String getAnswer() {
        return PasswordResetService.REQUESTED;
    }

    /** Whether the request was accepted (the form then gives way to the answer). */
    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
