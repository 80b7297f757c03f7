package org.unionhall.web.view.setup;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.unionhall.application.installation.FoundInstallation;
import org.unionhall.application.installation.FoundedInstallation;
import org.unionhall.application.installation.InstallationService;
import org.unionhall.domain.installation.Installation;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.web.view.NewAccount;

/**
 * The setup page, reached signed out through the one-time link printed on the console of an
 * installation not set up yet. It shows the form only for a link that can found the installation
 * (otherwise the reason: set up already, not valid, used, expired), founds the federation, the
 * first union, its first chapter and the first steward in one call, then signs the new steward in
 * with the password just chosen and opens their union's page.
 */
@Named
@ViewScoped
public class SetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InstallationService installation;

    @Inject
    private SecurityContext securityContext;

    private String token;
    private String refusal;
    private boolean setUp;
    private String federationName;
    private String unionName;
    private String unionSlug;
    private String chapterName;
    private String stewardName;
    private String stewardEmail;
    private String password;
    private String passwordAgain;

    /** Checks the link in the address. */
    public void load() {
        refusal = installation.refusal(token).orElse(null);
        setUp = Installation.ALREADY_SET_UP.equals(refusal);
    }

    /** Founds the installation and signs the new steward in. */
    public void found() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String chosen = password;
        password = null;
        if (!NewAccount.samePasswords(chosen, passwordAgain, "setup:passwordAgain")) {
            passwordAgain = null;
            return;
        }
        passwordAgain = null;
        FoundedInstallation founded;
        try {
            founded = installation.found(token, new FoundInstallation(federationName, unionName, unionSlug,
                    chapterName, stewardName, stewardEmail, chosen.toCharArray()));
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
            load();
            return;
        }
        ExternalContext external = faces.getExternalContext();
        NewAccount.signInAndGo(securityContext, founded.stewardEmail(), chosen, external.getRequestContextPath()
                + "/union/view.xhtml?union=" + URLEncoder.encode(founded.unionSlug(), StandardCharsets.UTF_8),
                Optional.empty());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** Why the link cannot found the installation, or null when the form is shown. */
    public String getRefusal() {
        return refusal;
    }

    /** Whether the installation is already set up (the page then offers the sign-in page). */
    public boolean isSetUp() {
        return setUp;
    }

    public String getFederationName() {
        return federationName;
    }

    public void setFederationName(String federationName) {
        this.federationName = federationName;
    }

    public String getUnionName() {
        return unionName;
    }

    public void setUnionName(String unionName) {
        this.unionName = unionName;
    }

    public String getUnionSlug() {
        return unionSlug;
    }

    public void setUnionSlug(String unionSlug) {
        this.unionSlug = unionSlug;
    }

    public String getChapterName() {
        return chapterName;
    }

    public void setChapterName(String chapterName) {
        this.chapterName = chapterName;
    }

    public String getStewardName() {
        return stewardName;
    }

    public void setStewardName(String stewardName) {
        this.stewardName = stewardName;
    }

    public String getStewardEmail() {
        return stewardEmail;
    }

    public void setStewardEmail(String stewardEmail) {
        this.stewardEmail = stewardEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
