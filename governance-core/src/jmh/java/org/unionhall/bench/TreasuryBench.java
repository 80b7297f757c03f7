package org.unionhall.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.application.treasury.DefaultTreasuryLedgerService;
import org.unionhall.application.treasury.RecordedTransfers;
import org.unionhall.application.treasury.TransferView;
import org.unionhall.application.treasury.TreasuryLedgerService;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.TransferId;
import org.unionhall.domain.treasury.TransferOrder;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.crypto.Ed25519InstallationSigner;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.persistence.JpaLedgerCheckpoints;
import org.unionhall.infrastructure.persistence.JpaLedgers;
import org.unionhall.testsupport.TestDatabase;

/**
 * The Fediverse Moderators' ledger on a real database of its own, with the real
 * {@link DefaultTreasuryLedgerService} built as the contracts build it (LedgerContract), the demo
 * data seeded and the system clock. Fatima, the union's treasurer, pays the moderation team out of
 * a fund the donors filled, one cent a transfer, so that every transfer passes the fund's limit
 * check; each call runs in its own transaction, as a request to the API does.
 *
 * <p>The database is {@code h2} (a file in a fresh temporary folder, opened as the installation
 * opens its own) or {@code postgresql} (a fresh schema in the database that
 * {@code UNIONHALL_TEST_PG_URL}, {@code _USER} and {@code _PASSWORD} name, as for the tests);
 * {@link #close} drops it.
 */
final class TreasuryBench implements AutoCloseable {
    static final String UNION = "fediverse-moderators";
    private static final long FILLED = Amount.MAX_MINOR_UNITS;

    final TestDatabase db;
    final TreasuryLedgerService treasury;
    final Actor treasurer;
    final Actor member;
    private final Path folder;
    private final LedgerAccountId fund;
    private final LedgerAccountId team;

    private TreasuryBench(String database) throws IOException {
        folder = database.equals("h2") ? Files.createTempDirectory("unionhall-ledger-bench") : null;
        db = switch (database) {
            case "h2" -> TestDatabase.h2File(folder.resolve("unionhall"));
            case "postgresql" -> TestDatabase.postgres();
            default -> throw new IllegalArgumentException("database: h2 or postgresql, not " + database);
        };
        Stores stores = db.stores(Clock.systemUTC());
        db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty());
        treasury = new DefaultTreasuryLedgerService(stores, new JpaLedgers(db.em()), new JpaLedgerCheckpoints(db.em()),
                new Ed25519InstallationSigner(db.em(), new SecureRandom()));
        treasurer = new Actor(db.tx(() -> stores.members().findByEmail("fatima@" + DemoData.DOMAIN)).orElseThrow().id());
        member = new Actor(db.tx(() -> stores.members().findByEmail("chloe@" + DemoData.DOMAIN)).orElseThrow().id());
        call(() -> treasury.open(treasurer, UNION, "EUR"));
        LedgerAccountId donors = account(AccountKind.CONTRIBUTOR, "Donors");
        fund = account(AccountKind.FUND, "Benchmark fund");
        team = account(AccountKind.PAYEE, "mastodon.example moderation team");
        call(() -> treasury.record(treasurer, UNION, new TransferOrder.Posted(TransferId.generate(), donors, fund,
                Amount.of("EUR", FILLED), "")));
    }

    /** Opens the ledger on a fresh database: {@code h2} or {@code postgresql}. */
    static TreasuryBench open(String database) {
        try {
            return new TreasuryBench(database.toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one service call in a transaction of its own. */
    <T> T call(Supplier<T> work) {
        return db.tx(work);
    }

    /** One posted transfer: a cent from the fund to the team. */
    TransferView payOut() {
        return call(() -> treasury.record(treasurer, UNION, payment()));
    }

    /** A linked batch of {@code legs} such transfers, as a statement import records them. */
    RecordedTransfers payOutLinked(int legs) {
        List<TransferOrder> orders = new ArrayList<>(legs);
        for (int i = 0; i < legs; i++) {
            orders.add(payment());
        }
        return call(() -> treasury.recordBatch(treasurer, UNION, orders));
    }

    private TransferOrder payment() {
        return new TransferOrder.Posted(TransferId.generate(), fund, team, Amount.of("EUR", 1), "");
    }

    private LedgerAccountId account(AccountKind kind, String name) {
        return LedgerAccountId.of(call(() -> treasury.openAccount(treasurer, UNION, kind, name)).id());
    }

    @Override
    public void close() {
        db.close();
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
