package org.unionhall.application.treasury;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.domain.bylaws.BylawsBook;
import org.unionhall.domain.membership.InstanceId;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.GrantKind;
import org.unionhall.domain.treasury.GrantRequest;
import org.unionhall.domain.treasury.GrantRequests;
import org.unionhall.domain.treasury.GrantStatus;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.domain.treasury.MonthlyFlow;

/**
 * The fund page, read in one transaction: the funds' running sums, one aggregate query for the
 * monthly flows of the last twelve months, and the most recent paid grants.
 */
@ApplicationScoped
@Transactional
public class DefaultFundService implements FundService {
    /** The most paid grants the page lists. */
    static final int PAID_SHOWN = 50;
    private static final int MONTHS = 12;

    private Stores stores;
    private Ledgers ledgers;
    private GrantRequests grants;
    private BylawsBook bylaws;

    /** For CDI's proxy. */
    protected DefaultFundService() {
    }

    /**
     * @param stores unions, instances and the clock
     * @param ledgers the ledgers
     * @param grants the grant requests
     * @param bylaws whether the fund page is public
     */
    @Inject
    public DefaultFundService(Stores stores, Ledgers ledgers, GrantRequests grants, BylawsBook bylaws) {
        this.stores = stores;
        this.ledgers = ledgers;
        this.grants = grants;
        this.bylaws = bylaws;
    }

    @Override
    public FundsView funds(Optional<Actor> actor, String unionSlug) {
        Union union = stores.union(unionSlug);
        boolean open = bylaws.inForceOfUnion(union.id()).map(b -> b.terms().treasury().fundPagePublic())
                .orElse(false);
        if (!open) {
            actor.orElseThrow(() -> new NotFound(union.name() + " shows its funds to its members only."))
                    .powers(stores).requireInsider(union, "its funds");
        }
        Ledger ledger = ledgers.ofUnion(union.id()).orElseThrow(() -> new NotFound(union.name()
                + " has no ledger yet."));
        List<FundsView.Fund> funds = ledgers.accounts(ledger.id()).stream().filter(a -> a.kind() == AccountKind.FUND)
                .map(a -> new FundsView.Fund(a.name(), a.balances().posted(AccountKind.Side.CREDIT),
                        a.balances().debitsPending(), a.balances().available(AccountKind.Side.CREDIT))).toList();
        YearMonth first = YearMonth.from(stores.time().now().atZone(ZoneOffset.UTC)).minusMonths(MONTHS - 1);
        List<MonthlyFlow> flows = ledgers.monthlyFlows(ledger.id(), first.atDay(1).atStartOfDay()
                .toInstant(ZoneOffset.UTC));
        Map<InstanceId, String> instances = stores.instances().namesOfUnion(union.id());
        List<GrantRequest> paid = grants.ofUnion(union.id(), EnumSet.of(GrantStatus.PAID),
                EnumSet.allOf(GrantKind.class), Optional.empty(), 0, PAID_SHOWN);
        return new FundsView(union.slug(), union.name(), ledger.currency().getCurrencyCode(), open, funds,
                flows.stream().map(f -> new FundsView.Month(f.month().toString(), f.in(), f.out())).toList(),
                flows.stream().mapToLong(f -> Math.max(f.in(), f.out())).max().orElse(0),
                paid.stream().map(r -> new FundsView.PaidGrant(r.kind().label(),
                        r.kind().confidential() ? "Legal aid" : r.title(),
                        r.instance().map(instances::get).orElse(null), r.amount().minorUnits(),
                        r.closedAt().orElseThrow())).toList());
    }
}
