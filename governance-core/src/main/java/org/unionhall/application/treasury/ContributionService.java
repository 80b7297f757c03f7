package org.unionhall.application.treasury;

import java.io.InputStream;
import java.util.List;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;

/**
 * Contributions to a union's treasury (docs/ledger.md, "Contributions"): dues and donations from
 * members, instances and anonymous givers, recurring pledges, and bank statements imported as
 * contributions. The money of every contribution is a posted transfer of the union's ledger,
 * recorded through {@link TreasuryLedgerService}, from a contributor account pooled by kind into a
 * fund; who gave is kept apart, for the treasurers and the giver only.
 *
 * <p>Who may call what, through {@link org.unionhall.domain.membership.Powers}: recording,
 * importing, listing everyone's contributions and pledges, and pledging for an instance require a
 * <b>treasurer</b> of the union; a <b>member</b> pledges for themself, cancels their own pledges
 * and reads their own contributions; every member (or steward) reads the totals and the public
 * donors. A treasurer's money action leaves an audit entry that never names the giver.
 */
public interface ContributionService {
    /** The most lines of a bank statement imported at once. */
    int MAX_STATEMENT_LINES = 5_000;

    /**
     * Records a contribution: a posted transfer from the contributor account of its kind into
     * the fund, and who gave it. Requires a treasurer. Sent again with the same id and details it
     * returns the first record and writes nothing; with other details it is refused.
     */
    RecordedContribution record(Actor actor, String unionSlug, NewContribution contribution);

    /** A page of the union's contributions, the latest received first. Requires a treasurer. */
    Page<ContributionView> contributions(Actor actor, String unionSlug, int page, int size);

    /** The signed-in member's own contributions and pledges. Requires a member of the union. */
    MyContributions mine(Actor actor, String unionSlug);

    /** Sums per fund and month and the givers who chose a public name. Requires a member (or steward). */
    ContributionTotals totals(Actor actor, String unionSlug);

    /**
     * Makes a pledge: a member's own, or, by a treasurer, an instance's. A giver holds one active
     * pledge per fund.
     */
    PledgeView pledge(Actor actor, String unionSlug, NewPledge pledge);

    /** The union's pledges that hold, each with where it stands this period. Requires a treasurer. */
    List<PledgeView> pledges(Actor actor, String unionSlug);

    /** Cancels a pledge: the member who made it for themself, or a treasurer. */
    PledgeView cancelPledge(Actor actor, String unionSlug, String pledgeId);

    /**
     * Reads a bank statement (docs/ledger.md, "Bank statements") and says what importing it
     * would do with each line, writing nothing. Requires a treasurer.
     *
     * @param fundId the fund the anonymous donations of the statement go into
     */
    StatementPreview previewStatement(Actor actor, String unionSlug, String fundId, InputStream statement);

    /**
     * Imports a bank statement: its new incoming lines become contributions, in linked batches
     * of the ledger; lines imported before add nothing. A statement with a refused line is
     * refused whole, naming the lines. Requires a treasurer.
     */
    StatementPreview importStatement(Actor actor, String unionSlug, String fundId, InputStream statement);
}
