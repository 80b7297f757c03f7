package org.unionhall.application.treasury;

import java.util.Set;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.domain.treasury.GrantStatus;

/**
 * Grant requests to a union's treasury (docs/ledger.md, "Grant requests"). Any <b>member</b> of the
 * union may write one; its <b>requester</b> changes, submits or withdraws it; the union's
 * <b>treasurers</b> (see {@link TreasuryLedgerService}) return, reject, approve and pay it, never
 * their own, with as many approvals as the bylaws ask and a payer who did not approve. Who may see
 * a request: a draft only its requester; a legal-aid request only its requester and the
 * treasurers; a moderation-labour request every member, its evidence only its requester and the
 * treasurers. A request the caller may not see is {@link org.unionhall.domain.shared.NotFound},
 * as one that does not exist. Every step leaves an audit entry; approving with the last approval,
 * rejecting an approved request and paying record their ledger transfers in the same transaction,
 * with ids derived from the request's, so a repeated click is recorded once.
 */
public interface GrantService {

    /** A new draft request to the union. Requires a member. */
    GrantView draft(Actor actor, String unionSlug, GrantClaim claim);

    /** Changes a draft or a request returned for changes. Requires its requester. */
    GrantView revise(Actor actor, String requestId, GrantClaim claim);

    /** Adds a link ({@code https}) as evidence. Requires its requester, while it can be changed. */
    EvidenceView addLink(Actor actor, String requestId, String label, String link);

    /**
     * Adds an uploaded file as evidence: a PDF, PNG or JPEG of at most 10 MB, its type read from its
     * content. Requires its requester, while it can be changed.
     *
     * @param claimedType the media type the upload named, or {@code null}
     */
    EvidenceView addFile(Actor actor, String requestId, String fileName, String claimedType, byte[] content);

    /** Removes a piece of evidence. Requires its requester, while it can be changed. */
    void removeEvidence(Actor actor, String requestId, String evidenceId);

    /** A file of evidence, to download. Requires its requester or a treasurer of the union. */
    EvidenceFile evidenceFile(Actor actor, String requestId, String evidenceId);

    /**
     * Sends it to the treasurers, who are told. Requires its requester. A request above the amount
     * the bylaws let treasurers approve goes to the members instead: a budget motion, proposed in
     * the requester's name and submitted for seconds, decides it, and its amount is reserved until
     * then ({@link #settleVotes}).
     */
    GrantView submit(Actor actor, String requestId);

    /** Withdraws it before approval. Requires its requester. */
    GrantView withdraw(Actor actor, String requestId);

    /**
     * Approves it. Requires a treasurer who neither wrote nor approved it. With the last approval
     * needed, its amount is reserved in the fund for the payee, and the treasurers who may pay it
     * and its requester are told.
     */
    GrantView approve(Actor actor, String requestId);

    /** Returns it to its requester for changes, saying what should change. Requires a treasurer. */
    GrantView returnForChanges(Actor actor, String requestId, String note);

    /** Rejects it with the reason, releasing a reservation. Requires a treasurer. */
    GrantView reject(Actor actor, String requestId, String reason);

    /** Pays it: posts the reservation to the payee. Requires a treasurer who neither wrote nor approved it. */
    GrantView pay(Actor actor, String requestId);

    /** One request. Requires someone who may see it. */
    GrantView request(Actor actor, String requestId);

    /**
     * A page of the union's requests, newest first. Requires a member.
     *
     * @param mine only the caller's own (drafts included); otherwise every submitted request the
     *             caller may see
     * @param statuses the statuses to list; empty for all
     * @param page zero-based
     * @param size rows per page, 1..{@value Page#MAX_SIZE}
     */
    Page<GrantSummary> requests(Actor actor, String unionSlug, boolean mine, Set<GrantStatus> statuses, int page,
                                int size);

    /**
     * For the installation's timer: approved requests whose reservation ran out unpaid expire, and
     * their requesters are told. Acts for nobody.
     *
     * @return how many expired
     */
    int lapseDue();

    /**
     * For the installation's timer: requests whose members' motion was decided are approved (carried)
     * or rejected with their reservation released (failed, withdrawn, lapsed), and told. Acts for nobody.
     *
     * @return how many were settled
     */
    int settleVotes();
}
