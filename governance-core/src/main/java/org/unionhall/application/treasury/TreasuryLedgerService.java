package org.unionhall.application.treasury;

import java.util.List;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.LedgerReport;
import org.unionhall.domain.treasury.TransferOrder;

/**
 * A union's ledger: what its treasurers record and what its members read. Each method says whom
 * it requires, decided by {@link org.unionhall.domain.membership.Powers}: a <b>treasurer</b> is a
 * member holding a treasurer's mandate over the whole union, acting in a session with a second
 * factor where the installation asks for one; a <b>member</b> is one of the union's members or
 * stewards. Refusals are {@link org.unionhall.domain.shared.AccessDenied}; a union without a
 * ledger is {@link org.unionhall.domain.shared.NotFound}; a malformed order
 * {@link org.unionhall.domain.shared.InvalidInput}; an order the ledger's rules refuse
 * {@link org.unionhall.domain.shared.RuleViolation}, and then nothing was changed. Every money
 * action writes an audit entry in the union's trail; a retry writes nothing.
 */
public interface TreasuryLedgerService {

    /**
     * Opens the union's ledger with the standard funds (Moderation Labour, Legal Defence,
     * General) and the bank account. Requires a treasurer. A union has one ledger.
     *
     * @param currencyCode ISO 4217, e.g. {@code EUR}
     */
    LedgerView open(Actor actor, String unionSlug, String currencyCode);

    /**
     * Opens an account: a fund (the bylaws add one), a contributor or a payee. Requires a
     * treasurer. Names are unique in a ledger; a ledger has one bank account, opened with it.
     */
    LedgerAccountView openAccount(Actor actor, String unionSlug, AccountKind kind, String name);

    /**
     * Records one transfer: posted at once, reserved (pending), a reservation posted or voided,
     * or a reversal. Requires a treasurer. Sent again with the same id and body it returns the
     * row first written; with the same id and another body it is refused.
     */
    TransferView record(Actor actor, String unionSlug, TransferOrder order);

    /**
     * Records linked transfers: all of them, or, when one is refused, none (the refusal names
     * it). Requires a treasurer. A retry of the whole batch returns the rows first written.
     */
    List<TransferView> recordLinked(Actor actor, String unionSlug, List<TransferOrder> orders);

    /**
     * Records linked transfers as {@link #recordLinked} does, and says whether the batch was a
     * retry of one recorded before (so that nothing was written now). Requires a treasurer.
     */
    RecordedTransfers recordBatch(Actor actor, String unionSlug, List<TransferOrder> orders);

    /** The ledger with every account's balances. Requires a member. */
    LedgerView ledger(Actor actor, String unionSlug);

    /**
     * Whether the caller keeps the union's books now (a treasurer of the whole union, with the
     * second factor this session needs), so that a page offers what only treasurers do. Anyone may ask.
     */
    boolean keepsBooks(Actor actor, String unionSlug);

    /**
     * A page of the ledger's rows, newest first. Requires a member.
     *
     * @param page zero-based
     * @param size rows per page, 1..{@value Page#MAX_SIZE}
     */
    Page<TransferView> transfers(Actor actor, String unionSlug, int page, int size);

    /**
     * Re-verifies the whole ledger from its rows (hash chain, two-phase and reversal rules,
     * limits, balances, debits equal credits, signed checkpoints) and reports every finding.
     * Requires a member: anyone who may read the books may check them.
     */
    LedgerReport verify(Actor actor, String unionSlug);

    /**
     * The ledger as an hledger journal (docs/ledger.md, "Exports"): moved money as cleared
     * ({@code *}) transactions, open reservations as pending ({@code !}) ones, every transfer's id
     * as the tag {@code id:}. Requires a member, as reading the ledger does.
     */
    String journal(Actor actor, String unionSlug);

    /** The ledger as CSV, one line per row (docs/ledger.md, "Exports"). Requires a member. */
    String csv(Actor actor, String unionSlug);

    /** Writes a checkpoint of the ledger now, signed with the installation's key. Requires a treasurer. */
    CheckpointView checkpoint(Actor actor, String unionSlug);

    /** The ledger's checkpoints, oldest first. Requires a member. */
    List<CheckpointView> checkpoints(Actor actor, String unionSlug);
}
