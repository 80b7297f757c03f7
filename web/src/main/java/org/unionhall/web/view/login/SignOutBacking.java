package org.unionhall.web.view.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unionhall.web.security.SignOut;

/** The sign-out button in the banner: ends the session and returns to the sign-in page. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    private FacesContext faces;

    @Inject
    private SignOut signOut;

    /** Signs out, forgets the session and shows the sign-in page. */
    public String signOut() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        signOut.of((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        return "/login.xhtml?faces-redirect=true";
    }
}
