package org.unionhall.web.view.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.unionhall.application.AuditService;
import org.unionhall.application.DirectoryService;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * The audit trail of a chapter ({@code ?chapter=}) or a union ({@code ?union=}): who did what,
 * when and why. Only stewards of that scope may read it; anyone else gets the 403 page.
 */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private String chapterSlug;
    private String unionSlug;
    private String scopeName;
    private AuditTrailModel trail;

    /** Checks the caller may read the trail, then prepares the paged table. */
    public void load() {
        ScopeKind kind = chapterSlug != null && !chapterSlug.isBlank() ? ScopeKind.CHAPTER : ScopeKind.UNION;
        String slug = kind == ScopeKind.CHAPTER ? chapterSlug : unionSlug;
        Pages.load(() -> audit.trail(member.actor(), kind, slug, 0, 1)).ifPresent(first -> {
            scopeName = kind == ScopeKind.CHAPTER
                    ? directory.chapter(member.actor(), slug).name()
                    : directory.union(member.actor(), slug).name();
            trail = new AuditTrailModel(audit, member, kind, slug);
        });
    }

    /** What happened, in words. */
    public String describe(AuditAction action) {
        return switch (action) {
            case JOIN_REQUESTED -> "Asked to join";
            case JOIN_ADMITTED -> "Admitted";
            case JOIN_DECLINED -> "Declined a request";
            case MEMBERSHIP_SUSPENDED -> "Suspended";
            case MEMBERSHIP_RESTORED -> "Restored";
            case MEMBERSHIP_LAPSED -> "Membership lapsed";
            case MEMBERSHIP_LEFT -> "Left";
            case MANDATE_ASSIGNED -> "Assigned a mandate";
            case MANDATE_ENDED -> "Ended a mandate";
            case INVITATION_SENT -> "Sent invitations";
            case INVITATION_WITHDRAWN -> "Withdrew an invitation";
            case INVITATION_ACCEPTED -> "Joined by invitation";
            case ELECTION_PREPARED -> "Prepared a secret ballot";
            case ELECTION_PHASE_CHANGED -> "Secret ballot changed phase";
            case ELECTION_TRUSTEE_EXCLUDED -> "Excluded a trustee from a key ceremony";
            case ACCOUNT_ERASED -> "Erased their account";
            case CHAPTER_FOUNDED -> "Founded a chapter";
            case CHAPTER_RENAMED -> "Renamed a chapter";
            case DELEGATE_SEATS_CHANGED -> "Changed the delegate seats";
            case UNION_DESCRIBED -> "Described the union publicly";
            case LEDGER_OPENED -> "Opened the ledger";
            case LEDGER_ACCOUNT_OPENED -> "Opened a ledger account";
            case TRANSFER_POSTED -> "Posted a transfer";
            case TRANSFER_RESERVED -> "Reserved money";
            case RESERVATION_POSTED -> "Posted a reservation";
            case RESERVATION_VOIDED -> "Voided a reservation";
            case RESERVATION_EXPIRED -> "A reservation expired";
            case TRANSFER_REVERSED -> "Reversed a transfer";
            case LEDGER_CHECKPOINT_SIGNED -> "Signed a ledger checkpoint";
            case GRANT_SUBMITTED -> "Submitted a grant request";
            case GRANT_APPROVED -> "Approved a grant request";
            case GRANT_RETURNED -> "Returned a grant request for changes";
            case GRANT_REJECTED -> "Rejected a grant request";
            case GRANT_PAID -> "Paid a grant request";
            case GRANT_WITHDRAWN -> "Withdrew a grant request";
            case GRANT_EXPIRED -> "A grant approval ran out unpaid";
            case BUDGET_OPENED -> "A participatory budget was put to the members";
            case BUDGET_FUNDED -> "A participatory budget was funded";
            case BUDGET_CANCELLED -> "A participatory budget was cancelled";
            case CONTRIBUTION_RECORDED -> "Recorded a contribution";
            case BANK_STATEMENT_IMPORTED -> "Imported a bank statement";
            case PLEDGE_MADE -> "Recorded a pledge";
            case PLEDGE_CANCELLED -> "Cancelled a pledge";
        };
    }

    /** Whether the trail is a chapter's (else a union's). */
    public boolean isChapter() {
        return chapterSlug != null && !chapterSlug.isBlank();
    }

    public String getChapterSlug() {
        return chapterSlug;
    }

    public void setChapterSlug(String chapterSlug) {
        this.chapterSlug = chapterSlug;
    }

    public String getUnionSlug() {
        return unionSlug;
    }

    public void setUnionSlug(String unionSlug) {
        this.unionSlug = unionSlug;
    }

    public String getScopeName() {
        return scopeName;
    }

    public AuditTrailModel getTrail() {
        return trail;
    }
}
