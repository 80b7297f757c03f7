package org.unionhall.web.view.invitation;

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
import org.unionhall.application.AcceptedInvitation;
import org.unionhall.application.InvitationService;
import org.unionhall.application.OpenInvitation;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.NewAccount;


/**
 * The page an invitation's link opens, signed out or in. It shows what the invitation is for, or
 * why the link cannot be used (used, withdrawn, expired, not valid). For an address without an
 * account the person chooses their display name (the steward's pre-filled) and a password; the
 * account and the membership are made in one call, then they are signed in on their chapter's
 * page. For an address that has an account, its owner signs in and joins with one click.
 */
@Named
@ViewScoped
public class AcceptInvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvitationService invitations;

    @Inject
    private CurrentActor member;

    @Inject
    private SecurityContext securityContext;

    private String token;
    private String refusal;
    private OpenInvitation invitation;
    private String displayName;
    private String password;
    private String repeated;

    /** Checks the link in the address. */
    public void load() {
        refusal = null;
        try {
            invitation = invitations.open(token);
            if (displayName == null) {
                displayName = invitation.displayName();
            }
        } catch (DomainException refused) {
            invitation = null;
            refusal = refused.getMessage();
        }
    }

    /** Whether someone is signed in on this browser. */
    public boolean isSignedIn() {
        return member.caller().isPresent();
    }

    /** Makes the account and the membership, then signs the new member in. */
    public void accept() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String chosen = password;
        password = null;
        if (!NewAccount.samePasswords(chosen, repeated, "accept:repeated")) {
            repeated = null;
            return;
        }
        repeated = null;
        AcceptedInvitation accepted;
        try {
            accepted = invitations.accept(token, displayName, chosen.toCharArray());
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
            load();
            return;
        }
        NewAccount.signInAndGo(securityContext, accepted.email(), chosen, chapterPage(faces.getExternalContext(),
                accepted), Optional.of("Welcome to " + accepted.chapterName() + "."));
    }

    /** Joins the chapter with the signed-in account the invitation was sent to. */
    public void join() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        AcceptedInvitation accepted;
        try {
            accepted = invitations.join(member.actor(), token);
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "You are now a member of "
                + accepted.chapterName() + ".", null));
        external.redirect(chapterPage(external, accepted));
    }

    private static String chapterPage(ExternalContext external, AcceptedInvitation accepted) {
        return external.getRequestContextPath() + "/chapter/view.xhtml?chapter="
                + URLEncoder.encode(accepted.chapterSlug(), StandardCharsets.UTF_8);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** Why the link cannot be used, or null. */
    public String getRefusal() {
        return refusal;
    }

    /** What the invitation is for, or null when refused. */
    public OpenInvitation getInvitation() {
        return invitation;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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
