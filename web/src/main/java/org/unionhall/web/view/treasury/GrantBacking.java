package org.unionhall.web.view.treasury;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.function.Supplier;
import org.unionhall.application.treasury.GrantService;
import org.unionhall.application.treasury.GrantView;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.treasury.GrantEvidence;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * One grant request ({@code ?id=}) with what the caller may do now: its requester gives evidence,
 * submits or withdraws it; a treasurer approves, returns, rejects or pays it. Paying and rejecting
 * ask for a ticked confirmation first. Every step answers on the same page and keeps the address.
 */
@Named
@ViewScoped
public class GrantBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private GrantService grants;

    @Inject
    private CurrentActor member;

    private String id;
    private GrantView grant;
    private String linkLabel;
    private String link;
    private transient Part file;
    private String note;
    private boolean confirmPay;
    private boolean confirmReject;

    /** Loads the request; one the caller may not see is the 404 page. */
    public void load() {
        Pages.load(() -> grant = grants.request(member.actor(), id));
    }

    private String step(Supplier<GrantView> change, String done) {
        if (Pages.act(() -> grant = change.get(), done)) {
            Pages.keepMessagesForNextPage();
            return "/treasury/grant?faces-redirect=true&id=" + id;
        }
        return null;
    }

    /** The requester adds a link. */
    public String addLink() {
        return step(() -> {
            grants.addLink(member.actor(), id, linkLabel, link);
            return grants.request(member.actor(), id);
        }, "The link is added to the evidence.");
    }

    /** The requester uploads a file. */
    public String addFile() {
        return step(() -> {
            if (file == null || file.getSize() == 0) {
                throw new InvalidInput("Choose a PDF, PNG or JPEG file first.");
            }
            if (file.getSize() > GrantEvidence.MAX_FILE_BYTES) {
                throw new InvalidInput("A file of evidence is at most 10 MB.");
            }
            try (InputStream in = file.getInputStream()) {
                grants.addFile(member.actor(), id, file.getSubmittedFileName(), file.getContentType(), in.readAllBytes());
            } catch (IOException e) {
                throw new InvalidInput("The file could not be read; please send it again.");
            }
            return grants.request(member.actor(), id);
        }, "The file is added to the evidence.");
    }

    /** The requester removes a piece of evidence. */
    public String removeEvidence(String evidence) {
        return step(() -> {
            grants.removeEvidence(member.actor(), id, evidence);
            return grants.request(member.actor(), id);
        }, "The evidence is removed.");
    }

    /** The requester submits it. */
    public String submit() {
        return step(() -> grants.submit(member.actor(), id), "Your request is with the treasurers; they are told.");
    }

    /** The requester withdraws it. */
    public String withdraw() {
        return step(() -> grants.withdraw(member.actor(), id), "Your request is withdrawn.");
    }

    /** A treasurer approves it. */
    public String approve() {
        return step(() -> grants.approve(member.actor(), id), "Your approval is recorded.");
    }

    /** A treasurer returns it for changes. */
    public String returnForChanges() {
        return step(() -> grants.returnForChanges(member.actor(), id, note),
                "The request is returned to its requester with your note.");
    }

    /** A treasurer rejects it, once they confirmed. */
    public String reject() {
        return step(() -> {
            requireConfirmed(confirmReject, "rejecting");
            return grants.reject(member.actor(), id, note);
        }, "The request is rejected; its requester is told.");
    }

    /** A treasurer pays it, once they confirmed. */
    public String pay() {
        return step(() -> {
            requireConfirmed(confirmPay, "paying");
            return grants.pay(member.actor(), id);
        }, "The request is paid: the money moved from the fund to the payee in the ledger.");
    }

    private static void requireConfirmed(boolean confirmed, String what) {
        if (!confirmed) {
            throw new InvalidInput("Tick the box to confirm before " + what + "; it cannot be undone.");
        }
    }

    /** An amount of the request's currency as the page shows it. */
    public String money(String decimal) {
        return decimal == null ? "" : Money.format(decimal, grant.currency());
    }

    /** The address to download a file of evidence from. */
    public String download(String evidence) {
        return "api/v1/grants/" + id + "/evidence/" + evidence;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public GrantView getGrant() {
        return grant;
    }

    public String getLinkLabel() {
        return linkLabel;
    }

    public void setLinkLabel(String linkLabel) {
        this.linkLabel = linkLabel;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isConfirmPay() {
        return confirmPay;
    }

    public void setConfirmPay(boolean confirmPay) {
        this.confirmPay = confirmPay;
    }

    public boolean isConfirmReject() {
        return confirmReject;
    }

    public void setConfirmReject(boolean confirmReject) {
        this.confirmReject = confirmReject;
    }
}
