package org.unionhall.domain.treasury;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/**
 * One grant request competing in a participatory budget: its title and cost as they stood on the
 * ballot, and, once counted, its approvals, whether it was funded and why.
 */
@Embeddable
@Access(AccessType.FIELD)
public class BudgetEntry {
    @Column(name = "request_id", nullable = false, length = 36)
    private String requestId;

    @Column(name = "title", nullable = false, length = GrantRequest.MAX_TITLE)
    private String title;

    @Column(name = "cost", nullable = false)
    private long cost;

    @Column(name = "approvals")
    private Long approvals;

    @Column(name = "funded")
    private Boolean funded;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    /** For JPA only. */
    protected BudgetEntry() {
    }

    BudgetEntry(GrantRequestId request, String title, long cost) {
        this.requestId = request.toString();
        this.title = Objects.requireNonNull(title);
        this.cost = cost;
        this.reason = "";
    }

    void decide(long approvalCount, boolean isFunded, String why) {
        this.approvals = approvalCount;
        this.funded = isFunded;
        this.reason = why;
    }

    /** The request. */
    public GrantRequestId request() {
        return GrantRequestId.of(requestId);
    }

    /** Its title when it entered the budget. */
    public String title() {
        return title;
    }

    /** What it costs, in minor units of the ledger's currency. */
    public long cost() {
        return cost;
    }

    /** How many members approved it, once the ballot is counted. */
    public Optional<Long> approvals() {
        return Optional.ofNullable(approvals);
    }

    /** Whether it was funded, once the ballot is counted. */
    public Optional<Boolean> funded() {
        return Optional.ofNullable(funded);
    }

    /** Why it was or was not funded; empty before the count. */
    public String reason() {
        return reason;
    }
}
