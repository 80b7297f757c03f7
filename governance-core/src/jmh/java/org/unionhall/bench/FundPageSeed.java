package org.unionhall.bench;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.application.election.DefaultElectionService;
import org.unionhall.application.motion.BallotBox;
import org.unionhall.application.motion.MotionStores;
import org.unionhall.application.treasury.DefaultTreasuryLedgerService;
import org.unionhall.application.treasury.LedgerView;
import org.unionhall.application.treasury.TreasuryLedgerService;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.TransferId;
import org.unionhall.domain.treasury.TransferOrder;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.crypto.Ed25519InstallationSigner;
import org.unionhall.infrastructure.demo.DemoBylaws;
import org.unionhall.infrastructure.demo.DemoData;
import org.unionhall.infrastructure.demo.DemoTreasury;
import org.unionhall.infrastructure.persistence.JpaBudgetRounds;
import org.unionhall.infrastructure.persistence.JpaBylawsBook;
import org.unionhall.infrastructure.persistence.JpaCongressVotes;
import org.unionhall.infrastructure.persistence.JpaGrantRequests;
import org.unionhall.infrastructure.persistence.JpaLedgerCheckpoints;
import org.unionhall.infrastructure.persistence.JpaLedgers;
import org.unionhall.infrastructure.persistence.JpaMailPreferences;
import org.unionhall.infrastructure.persistence.JpaMotions;
import org.unionhall.infrastructure.persistence.JpaNominations;
import org.unionhall.infrastructure.persistence.JpaNotifications;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaProxies;
import org.unionhall.infrastructure.persistence.election.JpaElections;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * Fills an installation's empty PostgreSQL database for the fund page's load test
 * (docs/bench/fund-page.sh), through the real services on a clock that walks, before the
 * installation opens it: the demo data, the demo unions' year of books and grants kept a year
 * earlier than usual (so their paid grants fill the page's list), then, in the Fediverse
 * Moderators' ledger, the given number of transfers in linked batches of 1,000 spread evenly over
 * the last twelve months up to an hour ago: half dues paid into the three funds, half payments out
 * of them to a moderation team, so that every month has money coming in and going out. Fatima, the
 * union's treasurer, records them; the ledger stamps each row with the walking clock, as it stamps
 * a statement import with the time it is recorded.
 *
 * <pre>java … org.unionhall.bench.FundPageSeed JDBC_URL USER PASSWORD [transfers]</pre>
 */
public final class FundPageSeed {
    private static final String UNION = "fediverse-moderators";
    private static final int LEGS = LedgerRecordingBenchmark.LEGS;
    private static final List<String> FUNDS = List.of("Moderation Labour", "Legal Defence", "General");

    private FundPageSeed() {
    }

    /**
     * @param args the JDBC URL of the installation's database (its schema by {@code currentSchema}),
     *             the user, the password, the transfers (1,000,000, a multiple of 1,000)
     */
    public static void main(String[] args) {
        long rows = args.length > 3 ? Long.parseLong(args[3]) : 1_000_000;
        if (rows < LEGS || rows % LEGS != 0) {
            throw new IllegalArgumentException("transfers: a multiple of " + LEGS);
        }
        Instant now = Instant.now();
        Instant first = YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(11).atDay(1).atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        Instant last = now.minus(Duration.ofHours(1));
        ManualClock clock = new ManualClock(first.minus(Duration.ofDays(1)));
        try (TestDatabase db = TestDatabase.installation(args[0], args[1], args[2])) {
            Stores stores = db.stores(clock);
            MotionStores motions = new MotionStores(stores, new JpaBylawsBook(db.em()), new JpaMotions(db.em()),
                    new JpaNominations(db.em()), new JpaCongressVotes(db.em()), new JpaProxies(db.em()),
                    new JpaNotifications(db.em()));
            Ed25519InstallationSigner signer = new Ed25519InstallationSigner(db.em(), new SecureRandom());
            JpaLedgers ledgers = new JpaLedgers(db.em());
            long started = System.nanoTime();
            boolean seeded = db.tx(() -> {
                if (!new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()) {
                    return false;
                }
                new DemoBylaws(motions).seedIfMissing();
                BallotBox ballots = new BallotBox(Optional.of(new DefaultElectionService(stores,
                        new JpaElections(db.em()), published -> { })));
                return new DemoTreasury(motions, ledgers, new JpaLedgerCheckpoints(db.em()), signer,
                        new JpaGrantRequests(db.em()), new JpaBudgetRounds(db.em()), new JpaOutbox(db.em()),
                        new JpaMailPreferences(db.em()), ballots).seedIfMissing();
            });
            if (!seeded) {
                throw new IllegalStateException("The database is not empty: the fund page's load test fills a new "
                        + "one.");
            }
            System.out.printf(Locale.ROOT, "demo data and a year of demo books up to %s in %.1f s%n",
                    clock.instant(), (System.nanoTime() - started) / 1e9);

            TreasuryLedgerService treasury = new DefaultTreasuryLedgerService(stores, ledgers,
                    new JpaLedgerCheckpoints(db.em()), signer);
            Actor fatima = new Actor(db.tx(() -> stores.members().findByEmail("fatima@" + DemoData.DOMAIN))
                    .orElseThrow().id());
            clock.set(first);
            LedgerAccountId dues = LedgerAccountId.of(db.tx(() -> treasury.openAccount(fatima, UNION,
                    AccountKind.CONTRIBUTOR, "Members' dues by standing order")).id());
            LedgerAccountId team = LedgerAccountId.of(db.tx(() -> treasury.openAccount(fatima, UNION,
                    AccountKind.PAYEE, "Moderation team of queue.example")).id());
            LedgerView ledger = db.tx(() -> treasury.ledger(fatima, UNION));
            List<LedgerAccountId> funds = FUNDS.stream().map(name -> LedgerAccountId.of(ledger.account(name)
                    .orElseThrow().id())).toList();

            Random random = new Random(11);
            long batches = rows / LEGS;
            long span = Duration.between(first, last).toMillis();
            started = System.nanoTime();
            for (long b = 0; b < batches; b++) {
                clock.set(first.plusMillis(span * b / batches));
                List<TransferOrder> orders = new ArrayList<>(LEGS);
                for (int leg = 0; leg < LEGS / 2; leg++) {
                    orders.add(new TransferOrder.Posted(TransferId.generate(), dues, funds.get(leg % funds.size()),
                            Amount.of("EUR", 1_000 + random.nextInt(4_000)), ""));
                }
                for (int leg = 0; leg < LEGS / 2; leg++) {
                    orders.add(new TransferOrder.Posted(TransferId.generate(), funds.get(leg % funds.size()), team,
                            Amount.of("EUR", 500 + random.nextInt(500)), ""));
                }
                db.tx(() -> treasury.recordBatch(fatima, UNION, orders));
                if ((b + 1) % 100 == 0) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf(Locale.ROOT, "%,d transfers up to %s in %.0f s (%,.0f a second)%n",
                            (b + 1) * LEGS, clock.instant(), seconds, (b + 1) * LEGS / seconds);
                }
            }
        }
    }
}
