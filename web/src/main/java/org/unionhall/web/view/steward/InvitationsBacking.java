package org.unionhall.web.view.steward;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.InvitationBatch;
import org.unionhall.application.InvitationService;
import org.unionhall.application.PendingInvitationView;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * A chapter's invitations for its stewards: invite people typed one a line or from a CSV file,
 * first as a preview that gives each row's problem, then sent with one click; the pending
 * invitations, each of which can be withdrawn. The list checked is the list sent: its bytes are
 * kept in the view between the preview and the sending (at most {@value #MAX_BYTES} bytes).
 */
@Named
@ViewScoped
public class InvitationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The largest list a page takes, as the API. */
    static final int MAX_BYTES = 1024 * 1024;

    @Inject
    private DirectoryService directory;

    @Inject
    private InvitationService invitations;

    @Inject
    private CurrentActor member;

    private String slug;
    private String chapterName;
    private String typed;
    private transient Part file;
    private byte[] list;
    private InvitationBatch preview;
    private List<PendingInvitationView> pending = List.of();
    private long pendingTotal;

    /** Loads the pending invitations; anyone but a steward of the chapter gets the 403 page. */
    public void load() {
        Pages.load(() -> invitations.pending(member.actor(), slug, 0, 100)).ifPresent(page -> {
            pending = page.items();
            pendingTotal = page.total();
            chapterName = directory.chapter(member.actor(), slug).name();
        });
    }

    /** Checks the typed lines, inviting nobody. */
    public void checkTyped() {
        check(typed == null ? new byte[0] : typed.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks the uploaded file, inviting nobody. */
    public void checkFile() {
        if (file == null || file.getSize() == 0) {
            refuse("Choose a CSV file first.");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            refuse("The file is larger than 1 MB. Split it into smaller files of at most 5,000 people.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            check(in.readNBytes(MAX_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(byte[] candidate) {
        preview = null;
        list = null;
        try {
            preview = invitations.previewFile(member.actor(), slug, new ByteArrayInputStream(candidate));
            list = candidate;
        } catch (DomainException refused) {
            refuse(refused.getMessage());
        }
    }

    /** Sends the invitations of the list last checked. */
    public void send() {
        if (list == null) {
            refuse("Check the list first.");
            return;
        }
        InvitationBatch sent;
        try {
            sent = invitations.inviteFile(member.actor(), slug, new ByteArrayInputStream(list));
        } catch (DomainException refused) {
            refuse(refused.getMessage());
            return;
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                sent.invited() == 1 ? "1 invitation was sent." : sent.invited() + " invitations were sent.", null));
        preview = null;
        list = null;
        typed = null;
        load();
    }

    /** Withdraws one pending invitation. */
    public void withdraw(PendingInvitationView invitation) {
        if (Pages.act(() -> invitations.withdraw(member.actor(), slug, invitation.id()),
                "The invitation of " + invitation.name() + " was withdrawn.")) {
            load();
        }
    }

    private static void refuse(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getChapterName() {
        return chapterName;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    /** The list last checked, or null. */
    public InvitationBatch getPreview() {
        return preview;
    }

    public List<PendingInvitationView> getPending() {
        return pending;
    }

    public long getPendingTotal() {
        return pendingTotal;
    }
}
