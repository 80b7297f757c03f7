package org.unionhall.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.unionhall.domain.treasury.LedgerId;
import org.unionhall.domain.treasury.LedgerReport;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.infrastructure.persistence.JpaLedgers;

/**
 * The whole-ledger runs of issue 11, too long for JMH's iterations: a ledger of many rows (one
 * million by default) is recorded once through the service in linked batches of 1,000, then
 * {@code TreasuryLedgerService.verify} runs several times, each a member's call in its own
 * transaction. One verify is one pass over the rows that recomputes every balance and compares it
 * with the stored ones (L8) and re-hashes the chain (L1–L4), so its time answers both targets
 * (balances under 30 s, chain under 10 s). A pass that only reads the rows, as verify reads them,
 * shows how much of that is the database. Prints every time and the medians.
 *
 * <pre>java … org.unionhall.bench.LedgerReplay h2|postgresql [rows] [repetitions]</pre>
 */
public final class LedgerReplay {
    private LedgerReplay() {
    }

    /**
     * @param args the database ({@code h2} or {@code postgresql}), the rows (1,000,000), the
     *             repetitions (5)
     */
    public static void main(String[] args) {
        String database = args.length > 0 ? args[0] : "h2";
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int legs = LedgerRecordingBenchmark.LEGS;
        if (rows < legs || rows % legs != 0) {
            throw new IllegalArgumentException("rows: a multiple of " + legs);
        }
        try (TreasuryBench bench = TreasuryBench.open(database)) {
            long start = System.nanoTime();
            for (long batch = 0; batch < rows / legs; batch++) {
                bench.payOutLinked(legs);
            }
            double filled = seconds(start);
            System.out.printf(Locale.ROOT, "%s: recorded %,d rows in linked batches of %,d in %.1f s (%,.0f rows/s)%n",
                    database, rows, legs, filled, rows / filled);
            Ledgers ledgers = new JpaLedgers(bench.db.em());
            LedgerId ledger = LedgerId.of(bench.call(() -> bench.treasury.ledger(bench.member, TreasuryBench.UNION))
                    .id());
            List<Double> verifying = new ArrayList<>();
            List<Double> reading = new ArrayList<>();
            for (int i = 1; i <= repetitions; i++) {
                start = System.nanoTime();
                LedgerReport report = bench.call(() -> bench.treasury.verify(bench.member, TreasuryBench.UNION));
                verifying.add(seconds(start));
                if (!report.sound() || report.transfersChecked() <= rows) {
                    throw new IllegalStateException("The ledger did not verify: " + report);
                }
                start = System.nanoTime();
                AtomicLong read = new AtomicLong();
                bench.call(() -> {
                    ledgers.forEachRow(ledger, row -> read.incrementAndGet());
                    return null;
                });
                reading.add(seconds(start));
                System.out.printf(Locale.ROOT, "%s: repetition %d: verify of %,d rows (balances and chain) %.2f s, "
                        + "reading them only %.2f s%n", database, i, report.transfersChecked(),
                        verifying.get(i - 1), reading.get(i - 1));
            }
            System.out.printf(Locale.ROOT, "%s: median of %d: verify %.2f s, reading only %.2f s%n", database,
                    repetitions, median(verifying), median(reading));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
