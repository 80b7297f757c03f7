package org.unionhall.web.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The steps shared by the pages on which a person makes their account and chooses its password
 * (the first run's setup page, an invitation's page): the password typed twice, then signing in
 * with it at once through the same mechanism as the sign-in page.
 */
public final class NewAccount {

    private NewAccount() {
    }

    /**
     * Whether the two passwords typed are the same; when not, says so next to the second field and
     * marks the request failed.
     *
     * @param repeatedField the client id of the second field
     */
    public static boolean samePasswords(String password, String repeated, String repeatedField) {
        if (password != null && password.equals(repeated)) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(repeatedField, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "The two passwords are not the same.", null));
        faces.validationFailed();
        return false;
    }

    /**
     * Signs in the account just made, with the password just chosen, and goes to the given page
     * (with the welcome, if any, shown there); when signing in does not succeed, to the sign-in page.
     *
     * @param target the page's path, with the context path
     */
    public static void signInAndGo(SecurityContext security, String email, String password, String target,
                                   Optional<String> welcome) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SUCCESS) {
            welcome.ifPresent(words -> {
                external.getFlash().setKeepMessages(true);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, words, null));
            });
            external.redirect(target);
        } else {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        }
    }
}
