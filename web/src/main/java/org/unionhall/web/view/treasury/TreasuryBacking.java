package org.unionhall.web.view.treasury;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.treasury.FundService;
import org.unionhall.application.treasury.FundsView;
import org.unionhall.application.treasury.GrantService;
import org.unionhall.application.treasury.GrantSummary;
import org.unionhall.application.treasury.LedgerView;
import org.unionhall.application.treasury.TreasuryLedgerService;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.treasury.GrantStatus;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * A union's treasury ({@code ?union=}): its funds, the grant requests that wait for treasurers, the
 * caller's own requests and those paid; a treasurer opens the ledger here when it has none.
 */
@Named
@ViewScoped
public class TreasuryBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    private TreasuryLedgerService treasury;

    @Inject
    private GrantService grants;

    @Inject
    private FundService fundService;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private String union;
    private String unionName;
    private boolean treasurer;
    private LedgerView ledger;
    private FundsView funds;
    private List<GrantSummary> waiting = List.of();
    private List<GrantSummary> mine = List.of();
    private List<GrantSummary> decided = List.of();
    private String currency = "EUR";

    /** Loads the page; anyone who is not a member of the union gets the 403 page. */
    public void load() {
        Pages.load(this::reload);
    }

    private boolean reload() {
        unionName = directory.union(member.actor(), union).name();
        treasurer = treasury.keepsBooks(member.actor(), union);
        try {
            ledger = treasury.ledger(member.actor(), union);
        } catch (NotFound none) {
            ledger = null;
            return true;
        }
        funds = fundService.funds(Optional.of(member.actor()), union);
        waiting = grants.requests(member.actor(), union, false, Set.of(GrantStatus.SUBMITTED, GrantStatus.WITH_MEMBERS,
                GrantStatus.APPROVED), 0, SHOWN).items();
        mine = grants.requests(member.actor(), union, true, Set.of(), 0, SHOWN).items();
        decided = grants.requests(member.actor(), union, false, Set.of(GrantStatus.PAID, GrantStatus.REJECTED,
                GrantStatus.EXPIRED), 0, SHOWN).items();
        return true;
    }

    /** A treasurer opens the union's ledger. */
    public String open() {
        if (Pages.act(() -> treasury.open(member.actor(), union, currency),
                "The ledger is open, with the funds Moderation Labour, Legal Defence and General.")) {
            Pages.keepMessagesForNextPage();
            return "/treasury/index?faces-redirect=true&union=" + union;
        }
        return null;
    }

    /** An amount in minor units as a decimal of the ledger's currency, e.g. {@code 1,250.00 EUR}. */
    public String money(long minorUnits) {
        return Optional.ofNullable(ledger).map(l -> Money.format(minorUnits, l.currency())).orElse("");
    }

    /** The currencies a treasurer may open the ledger in, the usual first. */
    public List<String> getCurrencies() {
        return List.of("EUR", "USD", "GBP", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY", "BRL",
                "MXN", "INR", "NZD", "ZAR");
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

    public boolean isTreasurer() {
        return treasurer;
    }

    public LedgerView getLedger() {
        return ledger;
    }

    public FundsView getFunds() {
        return funds;
    }

    public List<GrantSummary> getWaiting() {
        return waiting;
    }

    public List<GrantSummary> getMine() {
        return mine;
    }

    public List<GrantSummary> getDecided() {
        return decided;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
