package org.unionhall.domain.treasury;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;

/**
 * The records of who gave what ({@link Contribution}) and the {@link Pledge}s. The money itself is
 * in the ledger ({@link Ledgers}); these rows point at its transfers.
 */
public interface Contributions {

    /** What was given on one day into one fund, summed. */
    record DayTotal(LedgerAccountId fund, LocalDate day, long amount, long count) {
    }

    /** The contribution whose money moved with this transfer. */
    Optional<Contribution> find(TransferId transfer);

    /** Stores a new contribution; its transfer is stored already. */
    void add(Contribution contribution);

    /** A page of the union's contributions, the latest received first. */
    List<Contribution> ofUnion(UnionId union, int offset, int limit);

    /** How many contributions the union has. */
    long countOfUnion(UnionId union);

    /** The member's contributions to the union, the latest received first. */
    List<Contribution> ofMember(UnionId union, MemberId member);

    /** The union's contributions whose giver chose a public name, the latest received first. */
    List<Contribution> publiclyNamed(UnionId union);

    /** The union's contributions summed per fund and day, oldest first. */
    List<DayTotal> totals(UnionId union);

    /** What contributions naming the pledge gave, received from {@code from} up to, not including, {@code until}. */
    long paidTo(PledgeId pledge, LocalDate from, LocalDate until);

    /** Stores a new pledge; a second active pledge of a giver into one fund is refused by the database. */
    void addPledge(Pledge pledge);

    /** The pledge with this id. */
    Optional<Pledge> pledge(PledgeId id);

    /** The union's pledges that hold, oldest first. */
    List<Pledge> activePledges(UnionId union);

    /** The member's pledges to the union, newest first, cancelled ones too. */
    List<Pledge> pledgesOf(UnionId union, MemberId member);
}
