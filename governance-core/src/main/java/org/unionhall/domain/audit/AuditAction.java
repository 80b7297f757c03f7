package org.unionhall.domain.audit;

/**
 * What happened, in the steward's words. The audit trail records changes to membership and
 * mandates, and every money action of the treasury; it never records how anyone voted.
 */
public enum AuditAction {
    /** A person asked to join a chapter. */
    JOIN_REQUESTED,
    /** A steward admitted a join request. */
    JOIN_ADMITTED,
    /** A steward declined a join request. */
    JOIN_DECLINED,
    /** A steward suspended a membership. */
    MEMBERSHIP_SUSPENDED,
    /** A steward restored a suspended or lapsed membership. */
    MEMBERSHIP_RESTORED,
    /** A membership lapsed. */
    MEMBERSHIP_LAPSED,
    /** A member left a chapter. */
    MEMBERSHIP_LEFT,
    /** A steward assigned a mandate. */
    MANDATE_ASSIGNED,
    /** A mandate was ended before its term's end. */
    MANDATE_ENDED,
    /** A steward sent invitations to a chapter (the entry counts them and names nobody). */
    INVITATION_SENT,
    /** A steward withdrew an invitation. */
    INVITATION_WITHDRAWN,
    /** A person joined a chapter through an invitation's link. */
    INVITATION_ACCEPTED,
    /** A secret member ballot was prepared. */
    ELECTION_PREPARED,
    /** A secret member ballot moved to its next phase (never with a choice). */
    ELECTION_PHASE_CHANGED,
    /** A trustee was found at fault in the key ceremony and excluded. */
    ELECTION_TRUSTEE_EXCLUDED,
    /** A member erased their account; the entries about them name their pseudonym. */
    ACCOUNT_ERASED,
    /** A union's steward founded a chapter. */
    CHAPTER_FOUNDED,
    /** A steward gave a chapter a new name. */
    CHAPTER_RENAMED,
    /** A union's steward changed how many delegates a chapter sends to the congress. */
    DELEGATE_SEATS_CHANGED,
    /** A union's steward changed what the union's public page says it is for and how to join. */
    UNION_DESCRIBED,
    /** A treasurer opened the union's ledger, with its standard funds and bank account. */
    LEDGER_OPENED,
    /** A treasurer opened an account of the ledger (a fund, a contributor, a payee). */
    LEDGER_ACCOUNT_OPENED,
    /** A treasurer recorded a transfer that moved money at once. */
    TRANSFER_POSTED,
    /** A treasurer reserved money with a pending transfer. */
    TRANSFER_RESERVED,
    /** A treasurer posted a reservation, in full or in part. */
    RESERVATION_POSTED,
    /** A treasurer voided a reservation. */
    RESERVATION_VOIDED,
    /** A reservation ran out of time and the installation released it. */
    RESERVATION_EXPIRED,
    /** A treasurer reversed a transfer, to correct it. */
    TRANSFER_REVERSED,
    /** A checkpoint of the ledger was signed by the installation (on request or on schedule). */
    LEDGER_CHECKPOINT_SIGNED,
    /** A member submitted a grant request to the treasurers. */
    GRANT_SUBMITTED,
    /** A treasurer approved a grant request; with the last approval needed, its amount was reserved. */
    GRANT_APPROVED,
    /** A treasurer returned a grant request to its requester for changes. */
    GRANT_RETURNED,
    /** A treasurer rejected a grant request (releasing its reservation when it had one). */
    GRANT_REJECTED,
    /** A treasurer paid an approved grant request. */
    GRANT_PAID,
    /** The requester withdrew a grant request. */
    GRANT_WITHDRAWN,
    /** An approved grant request's reservation ran out before it was paid. */
    GRANT_EXPIRED,
    /** A treasurer put competing grant requests before the members as a participatory budget. */
    BUDGET_OPENED,
    /** A participatory budget was executed from its ballot's published result. */
    BUDGET_FUNDED,
    /** A participatory budget ended with its cancelled ballot; nothing was funded. */
    BUDGET_CANCELLED,
    /** A treasurer recorded a contribution (dues or a donation); the entry never names the giver. */
    CONTRIBUTION_RECORDED,
    /** A treasurer imported the incoming lines of a bank statement as contributions. */
    BANK_STATEMENT_IMPORTED,
    /** A treasurer recorded an instance's pledge (a member's own pledge leaves no entry). */
    PLEDGE_MADE,
    /** A treasurer cancelled a pledge (a member cancelling their own leaves no entry). */
    PLEDGE_CANCELLED;

    /**
     * Who the trail names for an entry without a person: the founding of an installation admits its
     * first steward and gives the mandate before any person can act; every other such entry is a step
     * Unionhall took by itself (a timer opening or closing a vote, publishing a result, an expiry).
     */
    public String actorWhenNobody() {
        return this == JOIN_ADMITTED || this == MANDATE_ASSIGNED ? "Founding assembly" : "Unionhall, automatically";
    }
}
