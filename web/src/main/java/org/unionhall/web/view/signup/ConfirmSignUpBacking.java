package org.unionhall.web.view.signup;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.unionhall.application.SignUpService;
import org.unionhall.domain.shared.DomainException;

/**
 * The page a sign-up's confirmation link opens. Opening it changes nothing (so a mail scanner
 * that follows links confirms nobody): it shows what the link is for, or why it cannot be used,
 * and the person confirms with a button. Confirming makes the account and files the join request;
 * for an address that has an account already it says to sign in and ask from there.
 */
@Named
@RequestScoped
public class ConfirmSignUpBacking {

    @Inject
    private SignUpService signUps;

    @Inject
    private FacesContext faces;

    private String token;
    private Optional<SignUpService.PendingSignUp> pending;
    private String refusal;
    private SignUpService.ConfirmedSignUp confirmed;

    /** The token comes from the link's query on opening, from the form's hidden field on confirming. */
    @PostConstruct
    void readLink() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        token = params.containsKey("confirm:token") ? params.get("confirm:token") : params.get("token");
    }

    /** What the link would do, or empty when it cannot be used (then {@link #getRefusal()} says why). */
    public Optional<SignUpService.PendingSignUp> getPending() {
        if (pending == null) {
            try {
                pending = Optional.of(signUps.open(token));
            } catch (DomainException refused) {
                pending = Optional.empty();
                refusal = refused.getMessage();
            }
        }
        return pending;
    }

    /** Confirms the address: the account is made and the request filed. */
    public void confirm() {
        try {
            confirmed = signUps.confirm(token);
        } catch (DomainException refused) {
            refusal = refused.getMessage();
            pending = Optional.empty();
        }
    }

    /** Why the link cannot be used, or null. */
    public String getRefusal() {
        getPending();
        return refusal;
    }

    /** The account made, once confirmed; null before. */
    public SignUpService.ConfirmedSignUp getConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
