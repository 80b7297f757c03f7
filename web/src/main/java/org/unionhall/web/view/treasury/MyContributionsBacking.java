package org.unionhall.web.view.treasury;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.unionhall.application.treasury.ContributionService;
import org.unionhall.application.treasury.LedgerAccountView;
import org.unionhall.application.treasury.LedgerView;
import org.unionhall.application.treasury.MyContributions;
import org.unionhall.application.treasury.NewPledge;
import org.unionhall.application.treasury.PledgeView;
import org.unionhall.application.treasury.TreasuryLedgerService;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.ContributionKind;
import org.unionhall.domain.treasury.PledgePeriod;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * A member's own contributions and pledges to a union ({@code ?union=}): what they gave, what they
 * promised and where it stands, a form to pledge an amount every month or year into a fund, and
 * cancelling one of their pledges. Anyone who is not a member of the union gets the 403 page.
 */
@Named
@ViewScoped
public class MyContributionsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ContributionService contributions;

    @Inject
    private TreasuryLedgerService treasury;

    @Inject
    private CurrentActor member;

    private String union;
    private String unionName;
    private String currency;
    private List<LedgerAccountView> funds = List.of();
    private MyContributions mine;
    private PledgeCancellation cancellation;

    private ContributionKind kind = ContributionKind.DUES;
    private String fund;
    private String amount;
    private PledgePeriod period = PledgePeriod.MONTHLY;

    /** Loads the page; anyone who is not a member of the union gets the 403 page. */
    public void load() {
        Pages.load(() -> {
            mine = contributions.mine(member.actor(), union);
            LedgerView ledger = treasury.ledger(member.actor(), union);
            unionName = ledger.unionName();
            currency = ledger.currency();
            funds = ledger.accounts().stream().filter(a -> a.kind() == AccountKind.FUND).toList();
            fund = funds.stream().filter(f -> f.name().equals("General")).findFirst().orElse(funds.get(0)).id();
            cancellation = new PledgeCancellation(contributions, member, union);
            return true;
        });
    }

    /** Makes the member's pledge. */
    public void pledge() {
        Pages.attempt(() -> contributions.pledge(member.actor(), union, new NewPledge(kind, fund, amount, currency,
                period, null)), p -> "Your pledge of " + Money.format(p.amount(), p.currency()) + " " + p.period().per()
                + " into " + p.fundName() + " is made. Put pledge:" + p.id() + " in the reference of your transfers, "
                + "so the treasurers count them for it.").ifPresent(p -> {
                    amount = null;
                    mine = contributions.mine(member.actor(), union);
                });
    }

    /** The first step of cancelling one of their pledges. */
    public void askToCancel(PledgeView pledge) {
        cancellation.ask(pledge);
    }

    /** Cancels the pledge asked about. */
    public void cancelPledge() {
        if (cancellation.confirm()) {
            mine = contributions.mine(member.actor(), union);
        }
    }

    /** An amount in minor units of the ledger's currency, e.g. {@code 1,250.00 EUR}. */
    public String money(long minorUnits) {
        return Money.format(minorUnits, currency);
    }

    /** The kinds of contribution, by their names. */
    public Map<String, ContributionKind> getKinds() {
        return Pages.byLabel(ContributionKind::label, ContributionKind.values());
    }

    /** How often, by their words. */
    public Map<String, PledgePeriod> getPeriods() {
        return Pages.byLabel(p -> p == PledgePeriod.MONTHLY ? "Every month" : "Every year", PledgePeriod.values());
    }

    public String getUnion() {
        return union;
    }

    public void setUnion(String union) {
        this.union = union;
    }

    public String getUnionName() {
        return unionName;
    }

    public String getCurrency() {
        return currency;
    }

    public List<LedgerAccountView> getFunds() {
        return funds;
    }

    public MyContributions getMine() {
        return mine;
    }

    public PledgeCancellation getCancellation() {
        return cancellation;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public void setKind(ContributionKind kind) {
        this.kind = kind;
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public PledgePeriod getPeriod() {
        return period;
    }

    public void setPeriod(PledgePeriod period) {
        this.period = period;
    }
}
