package org.unionhall.web.view.mydata;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.unionhall.application.Actor;
import org.unionhall.application.MyDataExport;
import org.unionhall.application.MyDataView;
import org.unionhall.application.PrivacyService;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.security.SignOut;
import org.unionhall.web.view.Pages;

/**
 * "My data": everything held about the signed-in member, the export (a zip streamed as the
 * answer to the button) and the erasure, each after the password is entered again.
 */
@Named
@RequestScoped
public class MyDataBacking {

    @Inject
    private PrivacyService privacy;

    @Inject
    private CurrentActor member;

    @Inject
    private SignOut signOut;

    @Inject
    private FacesContext faces;

    private MyDataView data;
    private String exportPassword;
    private String erasePassword;
    private boolean understood;

    /** Reads everything held about the member (on every request, so a refused action shows the page again). */
    public void load() {
        Pages.load(() -> privacy.myData(member.actor())).ifPresent(d -> data = d);
    }

    /** Sends the zip as the answer, or stays on the page with the reason. */
    public void export() throws IOException {
        Actor actor = member.actor();
        MyDataView exported;
        try {
            exported = privacy.export(actor, exportPassword);
        } catch (DomainException refused) {
            refuse(refused.getMessage());
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType("application/zip");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"my-data.zip\"");
        MyDataExport.write(exported, Instant.now(), external.getResponseOutputStream());
        faces.responseComplete();
    }

    /** Erases the account, signs out and shows the sign-in page with a word that it is done. */
    public String erase() throws ServletException {
        if (!understood) {
            refuse("Tick the box to say that you read what erasing does; nothing was erased.");
            return null;
        }
        try {
            privacy.erase(member.actor(), erasePassword);
        } catch (DomainException refused) {
            refuse(refused.getMessage());
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        signOut.of((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        return "/login.xhtml?faces-redirect=true&erased=true";
    }

    private void refuse(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    public MyDataView getData() {
        return data;
    }

    public String getExportPassword() {
        return exportPassword;
    }

    public void setExportPassword(String exportPassword) {
        this.exportPassword = exportPassword;
    }

    public String getErasePassword() {
        return erasePassword;
    }

    public void setErasePassword(String erasePassword) {
        this.erasePassword = erasePassword;
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
