package org.unionhall.application.treasury;

import java.time.Instant;
import org.unionhall.domain.treasury.GrantKind;
import org.unionhall.domain.treasury.GrantStatus;

/**
 * A grant request in a list.
 *
 * @param id its id
 * @param kind moderation labour or legal aid
 * @param status where it stands
 * @param title its title
 * @param requester the requester's name
 * @param instanceName the instance whose team did the work, or {@code null}
 * @param amount what is asked, as a decimal of the currency
 * @param currency the ledger's currency
 * @param approvals approvals given
 * @param approvalsNeeded approvals needed (0 before it is submitted)
 * @param createdAt when it was written
 * @param submittedAt when it was last submitted, or {@code null}
 */
public record GrantSummary(String id, GrantKind kind, GrantStatus status, String title, String requester,
                           String instanceName, String amount, String currency, int approvals, int approvalsNeeded,
                           Instant createdAt, Instant submittedAt) {
}
