package org.unionhall.web.view.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** The sign-out button in the banner: ends the session and returns to the sign-in page. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    private FacesContext faces;

    /** Signs out, forgets the session and shows the sign-in page. */
    public String signOut() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
