package org.unionhall.web.view.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.unionhall.web.security.SignInFeedback;
import org.unionhall.web.security.SignedInMember;

/** Who is signed in, for the banner: "Signed in as …". */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    private FacesContext faces;

    /** The display name given at sign-in, or empty when nobody signed in through the sign-in page. */
    public String getDisplayName() {
        return SignInFeedback.signedIn((HttpServletRequest) faces.getExternalContext().getRequest())
                .map(SignedInMember::displayName)
                .orElse("");
    }
}
