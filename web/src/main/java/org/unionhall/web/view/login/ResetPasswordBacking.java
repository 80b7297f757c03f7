package org.unionhall.web.view.login;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.unionhall.application.PasswordResetService;
import org.unionhall.domain.shared.DomainException;

/**
 * The page a reset link opens: it says at once when the link was used already, has expired or
 * was never given out; otherwise it asks for the new password twice and sets it.
 */
@Named
@RequestScoped
public class ResetPasswordBacking {

    @Inject
    private PasswordResetService resets;

    @Inject
    private FacesContext faces;

    private String token;
    private String password;
    private String repeated;
    private boolean done;
    private Optional<String> refusal;

    /**
     * On opening the link, the token comes from its query; on sending the form, from the form's
     * hidden field, read here already so that the form is there to be read.
     */
    @PostConstruct
    void readLink() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        token = params.containsKey("reset:token") ? params.get("reset:token") : params.get("token");
    }

    /** Why the link cannot be used, or empty when it can (checked once per request). */
    public Optional<String> getRefusal() {
        if (refusal == null) {
            try {
                resets.checkLink(token);
                refusal = Optional.empty();
            } catch (DomainException refused) {
                refusal = Optional.of(refused.getMessage());
            }
        }
        return refusal;
    }

    /** Sets the new password. */
    public void reset() {
        if (password == null || !password.equals(repeated)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The two passwords are not the same. Type the new password twice.", null));
            return;
        }
        try {
            resets.resetPassword(token, password.toCharArray());
            done = true;
            refusal = Optional.empty();
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            refusal = null;
        }
    }

    /** Whether the password was set. */
    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
