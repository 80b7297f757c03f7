package org.unionhall.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.unionhall.application.treasury.RecordedTransfers;
import org.unionhall.application.treasury.TransferView;

/**
 * Recording through the service layer (issue 11's targets: 1,000 posted transfers a second, 10,000
 * a second as linked batches of 1,000), each call in its own transaction with the ledger's row
 * lock, the limit checks, the hash chain, the rows and an audit entry per row, on one thread.
 * Scores are transfers per second: {@link #linkedBatch} counts each of its 1,000 legs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LedgerRecordingBenchmark {
    /** The legs of one linked batch: the most a batch may hold. */
    static final int LEGS = 1000;

    /** {@code h2} (a file, as the installation's default) or {@code postgresql}. */
    @Param({"h2", "postgresql"})
    public String database;

    private TreasuryBench bench;

    /** A fresh database with the demo data and a filled fund. */
    @Setup(Level.Trial)
    public void open() {
        bench = TreasuryBench.open(database);
    }

    /** Drops it. */
    @TearDown(Level.Trial)
    public void close() {
        bench.close();
    }

    /** One posted transfer, as {@code POST /api/v1/unions/{union}/ledger/transfers} records it. */
    @Benchmark
    public TransferView posted() {
        return bench.payOut();
    }

    /** A linked batch of {@value #LEGS} posted transfers, as a statement import records it. */
    @Benchmark
    @OperationsPerInvocation(LEGS)
    public RecordedTransfers linkedBatch() {
        return bench.payOutLinked(LEGS);
    }
}
