package org.unionhall.web.rest.treasury;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.unionhall.application.Page;
import org.unionhall.application.treasury.ContributionTotals;
import org.unionhall.application.treasury.ContributionView;
import org.unionhall.application.treasury.MyContributions;
import org.unionhall.application.treasury.PledgeView;
import org.unionhall.application.treasury.StatementLineStatus;
import org.unionhall.application.treasury.StatementLineView;
import org.unionhall.application.treasury.StatementPreview;
import org.unionhall.domain.treasury.ContributionKind;
import org.unionhall.domain.treasury.GiverKind;
import org.unionhall.domain.treasury.PledgePeriod;
import org.unionhall.domain.treasury.PledgeStanding;

/**
 * What the contributions API answers: the service's views with every amount a decimal string of
 * the ledger's currency, as the ledger API writes them, and absent values as null.
 */
public final class ContributionAnswers {

    private ContributionAnswers() {
    }

    /**
     * One contribution with who gave it (treasurers and the giver only).
     *
     * @param id the id of its ledger transfer
     */
    public record ContributionAnswer(String id, ContributionKind kind, GiverKind giver, String memberId,
                                     String memberName, String instanceId, String instanceName, String fundId,
                                     String fundName, String amount, String currency, LocalDate receivedOn,
                                     String publicName, String pledgeId, boolean fromStatement, Instant recordedAt) {
        static ContributionAnswer of(ContributionView c) {
            return new ContributionAnswer(c.id(), c.kind(), c.giver(), c.memberId().orElse(null),
                    c.memberName().orElse(null), c.instanceId().orElse(null), c.instanceName().orElse(null),
                    c.fundId(), c.fundName(), decimal(c.amount(), c.currency()), c.currency(), c.receivedOn(),
                    c.publicName().orElse(null), c.pledgeId().orElse(null), c.fromStatement(), c.recordedAt());
        }
    }

    /**
     * A contribution as recording it came to.
     *
     * @param retry whether it was recorded before with the same details, so that nothing was written now
     */
    public record RecordedAnswer(boolean retry, ContributionAnswer contribution) {
    }

    /** A page of contributions, the latest received first. */
    public record ContributionPage(List<ContributionAnswer> items, int page, int size, long total) {
        static ContributionPage of(Page<ContributionView> p) {
            return new ContributionPage(p.items().stream().map(ContributionAnswer::of).toList(), p.page(), p.size(),
                    p.total());
        }
    }

    /**
     * A pledge and where it stands.
     *
     * @param amount promised per period
     * @param currentPeriod the period that holds today: 2026-03 or 2026
     * @param paidThisPeriod what contributions naming it gave in the current period
     */
    public record PledgeAnswer(String id, ContributionKind kind, GiverKind giver, String memberId, String memberName,
                               String instanceId, String instanceName, String fundId, String fundName, String amount,
                               String currency, PledgePeriod period, LocalDate startsOn, String currentPeriod,
                               String paidThisPeriod, PledgeStanding standing, Instant madeAt, Instant cancelledAt) {
        static PledgeAnswer of(PledgeView p) {
            return new PledgeAnswer(p.id(), p.kind(), p.giver(), p.memberId().orElse(null),
                    p.memberName().orElse(null), p.instanceId().orElse(null), p.instanceName().orElse(null),
                    p.fundId(), p.fundName(), decimal(p.amount(), p.currency()), p.currency(), p.period(),
                    p.startsOn(), p.currentPeriod(), decimal(p.paidThisPeriod(), p.currency()), p.standing(),
                    p.madeAt(), p.cancelledAt().orElse(null));
        }
    }

    /** The signed-in member's own contributions and pledges. */
    public record MineAnswer(List<ContributionAnswer> contributions, List<PledgeAnswer> pledges) {
        static MineAnswer of(MyContributions m) {
            return new MineAnswer(m.contributions().stream().map(ContributionAnswer::of).toList(),
                    m.pledges().stream().map(PledgeAnswer::of).toList());
        }
    }

    /**
     * Sums per fund and month, and the givers who chose a public name (without amounts).
     *
     * @param months oldest first
     */
    public record TotalsAnswer(String currency, List<MonthAnswer> months,
                               List<ContributionTotals.PublicDonor> publicDonors) {
        static TotalsAnswer of(ContributionTotals t) {
            return new TotalsAnswer(t.currency(), t.months().stream().map(m -> new MonthAnswer(m.month(), m.fundId(),
                    m.fundName(), decimal(m.amount(), t.currency()), m.contributions())).toList(), t.publicDonors());
        }
    }

    /**
     * What came into one fund in one month.
     *
     * @param month 2026-03
     * @param contributions how many
     */
    public record MonthAnswer(String month, String fundId, String fundName, String amount, long contributions) {
    }

    /**
     * A bank statement read against the ledger.
     *
     * @param imported whether its new lines were recorded now (false for a preview)
     * @param newAmount the sum of the new lines
     */
    public record StatementAnswer(boolean imported, String currency, String fundId, String fundName, int newLines,
                                  String newAmount, int alreadyImported, int outgoing, int refused,
                                  List<StatementLineAnswer> lines) {
        static StatementAnswer of(StatementPreview p) {
            return new StatementAnswer(p.imported(), p.currency(), p.fundId(), p.fundName(), p.newLines(),
                    decimal(p.newAmount(), p.currency()), p.alreadyImported(), p.outgoing(), p.refused(),
                    p.lines().stream().map(StatementLineAnswer::of).toList());
        }
    }

    /**
     * One line of a statement: as written, and what importing does with it.
     *
     * @param line its line number in the file (the header is line 1)
     * @param reason why it is refused
     * @param transferId the id its contribution has or will have in the ledger
     */
    public record StatementLineAnswer(int line, String date, String amount, String currency, String payer,
                                      String reference, StatementLineStatus status, String reason, String transferId,
                                      String pledgeId) {
        static StatementLineAnswer of(StatementLineView l) {
            return new StatementLineAnswer(l.line(), l.date(), l.amount(), l.currency(), l.payer(), l.reference(),
                    l.status(), l.reason().orElse(null), l.transferId().orElse(null), l.pledgeId().orElse(null));
        }
    }

    private static String decimal(long minorUnits, String currency) {
        return LedgerAnswers.decimal(minorUnits, Currency.getInstance(currency));
    }
}
