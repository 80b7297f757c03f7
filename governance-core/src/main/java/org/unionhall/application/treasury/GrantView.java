package org.unionhall.application.treasury;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.unionhall.domain.treasury.GrantKind;
import org.unionhall.domain.treasury.GrantStatus;

/**
 * A grant request as the caller may see it, with what the caller may do with it now. Evidence is
 * listed only to its requester and the union's treasurers; amounts are decimals of the currency.
 *
 * @param id its id
 * @param unionSlug the union asked
 * @param kind moderation labour or legal aid
 * @param status where it stands
 * @param title its title
 * @param description what was done, or what the legal aid is for
 * @param requester the requester's name
 * @param mine whether the caller wrote it
 * @param instanceHost the instance whose team did the work (moderation labour), or {@code null}
 * @param instanceName that instance's name, or {@code null}
 * @param periodFrom the first day worked, or {@code null}
 * @param periodTo the last day worked, or {@code null}
 * @param hours hours worked, or {@code null}
 * @param rate the hourly rate, or {@code null}
 * @param amount what is asked: hours × rate rounded to the minor unit, or the legal aid's amount
 * @param currency the ledger's currency
 * @param fund the fund it is paid from
 * @param approvalsNeeded how many treasurers must approve (0 before it is submitted)
 * @param approvals the approvals given
 * @param reservedUntil until when an approved request's money stays reserved, or {@code null}
 * @param note why it was returned or rejected; empty otherwise
 * @param decidedBy who returned, rejected or paid it, or {@code null}
 * @param createdAt when it was written
 * @param submittedAt when it was last submitted, or {@code null}
 * @param approvedAt when it was approved, or {@code null}
 * @param closedAt when it was paid, rejected, withdrawn or expired, or {@code null}
 * @param reservationId the ledger transfer reserving its money, once approved, or {@code null}
 * @param paymentId the ledger transfer paying it, once paid, or {@code null}
 * @param motionId the budget motion by which the members decide it, or {@code null}
 * @param budgetRoundId the participatory budget in which the members decide or decided it, or {@code null}
 * @param evidence its evidence, for its requester and the treasurers; empty for others
 * @param may what the caller may do now
 */
public record GrantView(String id, String unionSlug, GrantKind kind, GrantStatus status, String title,
                        String description, String requester, boolean mine, String instanceHost, String instanceName,
                        LocalDate periodFrom, LocalDate periodTo, String hours, String rate, String amount,
                        String currency, String fund, int approvalsNeeded, List<Approval> approvals,
                        Instant reservedUntil, String note, String decidedBy, Instant createdAt, Instant submittedAt,
                        Instant approvedAt, Instant closedAt, String reservationId, String paymentId,
                        String motionId, String budgetRoundId, List<EvidenceView> evidence, Actions may) {

    /**
     * One treasurer's approval.
     *
     * @param treasurer their name
     * @param at when
     */
    public record Approval(String treasurer, Instant at) {
    }

    /**
     * What the caller may do with the request now.
     *
     * @param edit change it and its evidence (its requester, while a draft or returned)
     * @param submit send it to the treasurers
     * @param withdraw withdraw it (its requester, before approval)
     * @param approve approve it (a treasurer who neither wrote nor approved it)
     * @param returnForChanges send it back to its requester (a treasurer, while submitted)
     * @param reject reject it (a treasurer, while submitted or approved)
     * @param pay pay it (a treasurer who neither wrote nor approved it, while approved)
     */
    public record Actions(boolean edit, boolean submit, boolean withdraw, boolean approve, boolean returnForChanges,
                          boolean reject, boolean pay) {
    }
}
