package org.unionhall.domain.treasury;

import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.UnionId;

/** Participatory budgets. */
public interface BudgetRounds {

    /** The budget with this id. */
    Optional<BudgetRound> find(BudgetRoundId id);

    /** The budget with its row locked until the transaction ends ({@code SELECT … FOR UPDATE}). */
    Optional<BudgetRound> lock(BudgetRoundId id);

    /** Stores a new budget. */
    void add(BudgetRound round);

    /** The union's budgets, newest first. */
    List<BudgetRound> ofUnion(UnionId union);

    /** Every budget whose members are still voting, oldest first. */
    List<BudgetRound> voting();
}
