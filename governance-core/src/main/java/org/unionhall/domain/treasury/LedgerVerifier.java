package org.unionhall.domain.treasury;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.unionhall.domain.installation.InstallationSigner;
import org.unionhall.domain.shared.Moments;

/**
 * Re-verifies a ledger from its rows alone, as an outsider with an export would: reads the rows
 * in order ({@link #accept}), recomputes the hash chain and every account's balances, replays
 * the two-phase and reversal rules and the accounts' limits, and at the end ({@link #finish})
 * compares the result with the ledger's stored head, the stored balances and the signed
 * checkpoints. Every check is labelled as in docs/ledger.md, "Verifying"; failures are collected
 * into a {@link LedgerReport}, never thrown, so one report shows everything wrong.
 *
 * <p>It keeps one small entry per open reservation and per transfer that moved money, so memory
 * grows with the ledger; rows may be fed in pages.
 */
public final class LedgerVerifier {
    /** The most findings a report lists. */
    public static final int MAX_FINDINGS = 100;

    private final Ledger ledger;
    private final Map<LedgerAccountId, LedgerAccount> stored = new HashMap<>();
    private final Map<LedgerAccountId, Balances> replayed = new HashMap<>();
    private final Map<Long, List<LedgerCheckpoint>> checkpoints = new TreeMap<>();
    private final InstallationSigner signatures;
    private final Map<TransferId, Transfer> open = new HashMap<>();
    private final Set<TransferId> resolved = new HashSet<>();
    private final Map<TransferId, Moved> moved = new HashMap<>();
    private final Set<TransferId> reversed = new HashSet<>();
    private final List<LedgerFinding> findings = new ArrayList<>();
    private boolean more;
    private long rows;
    private int checkpointsChecked;
    private String previous = ChainEncoding.GENESIS;

    private record Moved(LedgerAccountId debit, LedgerAccountId credit, long amount) {
    }

    /**
     * @param ledger the ledger as stored (its head is compared at the end)
     * @param accounts all of its accounts as stored
     * @param checkpoints its checkpoints, in any order
     * @param signatures checks the checkpoints' Ed25519 signatures
     */
    public LedgerVerifier(Ledger ledger, Collection<LedgerAccount> accounts, Collection<LedgerCheckpoint> checkpoints,
                          InstallationSigner signatures) {
        this.ledger = ledger;
        this.signatures = signatures;
        accounts.forEach(a -> {
            stored.put(a.id(), a);
            replayed.put(a.id(), Balances.ZERO);
        });
        checkpoints.forEach(c -> this.checkpoints.computeIfAbsent(c.transferCount(), n -> new ArrayList<>()).add(c));
        compareCheckpoints(0);
    }

    /** Reads the next row; rows must come in the order of their numbers. */
    public void accept(Transfer row) {
        rows++;
        String at = "Row " + rows + " (transfer " + row.id() + ")";
        if (row.sequence() != rows) {
            found("L1", at + " carries number " + row.sequence() + ".");
        }
        if (!row.previousHash().equals(previous)) {
            found("L2", at + " names " + row.previousHash() + " as the hash before it, but that is " + previous + ".");
        }
        if (!row.computedHash(ledger.currency()).equals(row.hash())) {
            found("L3", at + ": its fields hash to " + row.computedHash(ledger.currency()) + ", not to the stored "
                    + row.hash() + ".");
        }
        previous = row.hash();
        if (!row.ledgerId().equals(ledger.id())) {
            found("L7", at + " belongs to another ledger.");
        }
        if (!stored.containsKey(row.debitAccount()) || !stored.containsKey(row.creditAccount())
                || row.debitAccount().equals(row.creditAccount()) || row.amount() <= 0) {
            found("L7", at + " does not move a positive amount between two accounts of this ledger.");
        } else {
            replay(row, at);
        }
        compareCheckpoints(rows);
    }

    private void replay(Transfer row, String at) {
        long amount = row.amount();
        switch (row.kind()) {
            case POSTED -> {
                row.corrects().ifPresent(c -> checkReversal(row, c, at));
                move(row, 0, amount, 0, amount, at);
                moved.put(row.id(), new Moved(row.debitAccount(), row.creditAccount(), amount));
            }
            case PENDING -> {
                move(row, amount, 0, amount, 0, at);
                open.put(row.id(), row);
            }
            case POST_PENDING, VOID_PENDING, EXPIRE_PENDING -> {
                Transfer pending = row.pending().map(open::remove).orElse(null);
                if (pending == null) {
                    found("L5", at + " resolves " + row.pending().map(Object::toString).orElse("nothing")
                            + (row.pending().filter(resolved::contains).isPresent() ? ", which was resolved before."
                            : ", which is no open reservation before it."));
                    return;
                }
                resolved.add(pending.id());
                if (!pending.debitAccount().equals(row.debitAccount())
                        || !pending.creditAccount().equals(row.creditAccount())) {
                    found("L5", at + " names other accounts than the reservation it resolves.");
                }
                long posted = row.kind() == TransferKind.POST_PENDING ? amount : 0;
                if (row.kind() != TransferKind.POST_PENDING && amount != pending.amount()) {
                    found("L5", at + " releases " + amount + " but " + pending.amount() + " was reserved.");
                }
                if (posted > pending.amount()) {
                    found("L5", at + " posts " + posted + " but only " + pending.amount() + " was reserved.");
                }
                if (row.kind() == TransferKind.EXPIRE_PENDING && pending.expiresAt()
                        .map(expiry -> row.recordedAt().isBefore(expiry)).orElse(true)) {
                    found("L5", at + " expires a reservation before its time.");
                }
                move(row, -pending.amount(), posted, -pending.amount(), posted, at);
                if (posted > 0) {
                    moved.put(row.id(), new Moved(row.debitAccount(), row.creditAccount(), posted));
                }
            }
            default -> throw new IllegalStateException(row.kind().name());
        }
    }

    private void checkReversal(Transfer row, TransferId corrects, String at) {
        Moved original = moved.get(corrects);
        if (original == null) {
            found("L6", at + " reverses " + corrects + ", which moved no money before it.");
        } else if (!reversed.add(corrects)) {
            found("L6", at + " reverses " + corrects + " a second time.");
        } else if (!original.debit().equals(row.creditAccount()) || !original.credit().equals(row.debitAccount())
                || original.amount() != row.amount()) {
            found("L6", at + " does not move back what " + corrects + " moved.");
        }
    }

    private void move(Transfer row, long debitsPending, long debitsPosted, long creditsPending, long creditsPosted,
                      String at) {
        Balances debit = replayed.get(row.debitAccount());
        Balances credit = replayed.get(row.creditAccount());
        try {
            debit = debit.plus(debitsPending, debitsPosted, 0, 0);
            credit = credit.plus(0, 0, creditsPending, creditsPosted);
        } catch (RuntimeException e) {
            found("L7", at + " makes a balance negative or overflow it.");
            return;
        }
        replayed.put(row.debitAccount(), debit);
        replayed.put(row.creditAccount(), credit);
        for (LedgerAccountId id : List.of(row.debitAccount(), row.creditAccount())) {
            LedgerAccount account = stored.get(id);
            if (!account.limit().allows(replayed.get(id))) {
                found("L7", at + " takes " + account.name() + " past its limit (" + account.limit() + ").");
            }
        }
    }

    private void compareCheckpoints(long count) {
        for (LedgerCheckpoint checkpoint : checkpoints.getOrDefault(count, List.of())) {
            checkpointsChecked++;
            String which = "The checkpoint taken at " + Moments.inWords(checkpoint.takenAt()) + " (row " + count + ")";
            byte[] key;
            byte[] signature;
            try {
                key = HexFormat.of().parseHex(checkpoint.publicKey());
                signature = HexFormat.of().parseHex(checkpoint.signature());
            } catch (IllegalArgumentException e) {
                found("L10", which + " holds a malformed key or signature.");
                continue;
            }
            if (!signatures.verifies(key, checkpoint.statement().bytes(), signature)) {
                found("L10", which + ": its signature does not verify.");
            }
            if (!checkpoint.headHash().equals(previous)) {
                found("L10", which + " states head " + checkpoint.headHash() + ", but the chain's is " + previous
                        + ".");
            }
            Map<LedgerAccountId, Balances> signed = new HashMap<>();
            checkpoint.balances().forEach(b -> signed.put(b.account(), b.balances()));
            replayed.forEach((id, balances) -> {
                if (!balances.equals(signed.getOrDefault(id, Balances.ZERO))) {
                    found("L10", which + " states other balances for " + stored.get(id).name() + " than the chain.");
                }
            });
            signed.keySet().stream().filter(id -> !replayed.containsKey(id)).forEach(id ->
                    found("L10", which + " names account " + id + ", which is not in the ledger."));
        }
    }

    /** Compares what the rows gave with the stored head and balances, and reports. */
    public LedgerReport finish() {
        checkpoints.keySet().stream().filter(count -> count > rows).forEach(count ->
                found("L10", "A checkpoint states " + count + " rows, but the ledger holds " + rows + "."));
        if (ledger.transferCount() != rows || !ledger.headHash().equals(previous)) {
            found("L4", "The ledger's head says " + ledger.transferCount() + " rows ending in " + ledger.headHash()
                    + ", but the rows give " + rows + " ending in " + previous + ".");
        }
        long[] sums = new long[4];
        stored.values().forEach(account -> {
            Balances mine = account.balances();
            if (!mine.equals(replayed.get(account.id()))) {
                found("L8", account.name() + " (" + account.id() + ") stores " + mine + ", but its rows give "
                        + replayed.get(account.id()) + ".");
            }
            sums[0] += mine.debitsPending();
            sums[1] += mine.debitsPosted();
            sums[2] += mine.creditsPending();
            sums[3] += mine.creditsPosted();
        });
        if (sums[0] != sums[2] || sums[1] != sums[3]) {
            found("L9", "The accounts' debits (" + sums[1] + " posted, " + sums[0] + " pending) differ from their "
                    + "credits (" + sums[3] + " posted, " + sums[2] + " pending).");
        }
        return new LedgerReport(ledger.id(), rows, checkpointsChecked, findings, more);
    }

    private void found(String check, String message) {
        if (findings.size() < MAX_FINDINGS) {
            findings.add(new LedgerFinding(check, message));
        } else {
            more = true;
        }
    }
}
