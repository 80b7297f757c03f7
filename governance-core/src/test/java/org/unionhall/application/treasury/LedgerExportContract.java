package org.unionhall.application.treasury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.domain.shared.AccessDenied;
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
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.TestDatabase;

/**
 * The ledger's exports (docs/ledger.md, "Exports") on H2 and on PostgreSQL: a varied history of
 * the Fediverse Moderators (posted, reserved and posted in part, reserved and voided, expired,
 * still open, reversed, hostile account names) written as CSV and as an hledger journal, and
 * Debian's hledger reading the journal to the same balances as Unionhall's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class LedgerExportContract {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    static final String MODS = "fediverse-moderators";
    static final String SELLERS = "indie-sellers";

    /** The database the contract runs on. */
    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    Stores stores;
    TreasuryLedgerService treasury;
    Actor fatima;
    Actor ravi;
    Actor chloe;
    LedgerView before;
    List<TransferView> rows;

    static TransferId id(int n) {
        return TransferId.of(String.format("00000000-0000-4000-8000-%012d", n));
    }

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void recordAVariedHistory() {
        db = TestDatabase.of(database);
        ManualClock clock = new ManualClock(NOW);
        stores = db.stores(clock);
        assertTrue(db.tx(() -> new DemoData(stores, new Argon2PasswordHasher()).seedIfEmpty()));
        treasury = LedgerContract.service(db.em(), stores);
        LedgerUpkeep upkeep = new DefaultLedgerUpkeep(stores, new JpaLedgers(db.em()),
                new JpaLedgerCheckpoints(db.em()), new Ed25519InstallationSigner(db.em(), new SecureRandom()));
        fatima = new Actor(call(() -> stores.members().findByEmail("fatima@" + DemoData.DOMAIN)).orElseThrow().id());
        ravi = new Actor(call(() -> stores.members().findByEmail("ravi@" + DemoData.DOMAIN)).orElseThrow().id());
        chloe = new Actor(call(() -> stores.members().findByEmail("chloe@" + DemoData.DOMAIN)).orElseThrow().id());
        call(() -> treasury.open(fatima, MODS, "EUR"));
        LedgerView ledger = call(() -> treasury.ledger(chloe, MODS));
        LedgerAccountId legal = LedgerAccountId.of(ledger.account("Legal Defence").orElseThrow().id());
        LedgerAccountId general = LedgerAccountId.of(ledger.account("General").orElseThrow().id());
        LedgerAccountId bank = LedgerAccountId.of(ledger.account("Bank account").orElseThrow().id());
        LedgerAccountId donors = account(AccountKind.CONTRIBUTOR, "Donors: \"monthly\", 2026");
        LedgerAccountId lookalike = account(AccountKind.CONTRIBUTOR, "Donors- \"monthly\", 2026");
        LedgerAccountId team = account(AccountKind.PAYEE, "=mastodon.example team");
        record(new TransferOrder.Posted(id(1), donors, legal, eur(12_000), "dues:2026-03"));
        record(new TransferOrder.Posted(id(2), bank, donors, eur(12_000), "bank:line-1"));
        record(new TransferOrder.Pending(id(3), legal, team, eur(5_000), Optional.of(Duration.ofHours(1)), ""));
        record(new TransferOrder.PostPending(id(4), id(3), Optional.of(eur(3_000)), "invoice:17"));
        record(new TransferOrder.Pending(id(5), legal, team, eur(1_000), Optional.empty(), ""));
        record(new TransferOrder.Posted(id(6), lookalike, general, eur(2_001), ""));
        record(new TransferOrder.Pending(id(7), general, team, eur(500), Optional.empty(), ""));
        record(new TransferOrder.VoidPending(id(8), id(7), ""));
        record(new TransferOrder.Pending(id(9), general, team, eur(700), Optional.of(Duration.ofSeconds(60)), ""));
        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, call(upkeep::expireDue));
        call(() -> treasury.recordLinked(fatima, MODS, List.of(
                new TransferOrder.Posted(id(10), general, team, eur(1), "-1"),
                new TransferOrder.Reversal(id(11), id(10), ""))));
        before = call(() -> treasury.ledger(chloe, MODS));
        rows = new java.util.ArrayList<>(call(() -> treasury.transfers(chloe, MODS, 0, 100)).items());
        java.util.Collections.reverse(rows);
        call(() -> treasury.open(ravi, SELLERS, "JPY"));
        LedgerView sellers = call(() -> treasury.ledger(ravi, SELLERS));
        LedgerAccountId sellersFund = LedgerAccountId.of(sellers.account("General").orElseThrow().id());
        LedgerAccountId buyer = LedgerAccountId.of(call(() -> treasury.openAccount(ravi, SELLERS,
                AccountKind.CONTRIBUTOR, "Stall fees")).id());
        call(() -> treasury.record(ravi, SELLERS, new TransferOrder.Posted(id(101), buyer, sellersFund,
                Amount.of("JPY", 1_500), "")));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        db.close();
    }

    <T> T call(Supplier<T> work) {
        return db.tx(work);
    }

    LedgerAccountId account(AccountKind kind, String name) {
        return LedgerAccountId.of(call(() -> treasury.openAccount(fatima, MODS, kind, name)).id());
    }

    void record(TransferOrder order) {
        call(() -> treasury.record(fatima, MODS, order));
    }

    static Amount eur(long cents) {
        return Amount.of("EUR", cents);
    }

    String hashOf(int sequence) {
        return rows.get(sequence - 1).hash();
    }

    String suffixOf(String name) {
        return " #" + before.account(name).orElseThrow().id().substring(0, 8);
    }

    @Test
    void theCsvHasOneLinePerRowWithExactAmountsAndQuotedNames() {
        String csv = call(() -> treasury.csv(chloe, MODS));
        String donors = "\"contributors:Donors- \"\"monthly\"\", 2026" + suffixOf("Donors: \"monthly\", 2026") + "\"";
        String lookalike = "\"contributors:Donors- \"\"monthly\"\", 2026" + suffixOf("Donors- \"monthly\", 2026") + "\"";
        String expiry = rows.get(9).id();
        assertEquals(String.join("\r\n",
                LedgerExport.CSV_HEADER,
                "1," + id(1) + ",2026-03-02T09:30:00Z,POSTED," + donors + ",funds:Legal Defence,120.00,EUR,,,"
                        + "dues:2026-03," + hashOf(1),
                "2," + id(2) + ",2026-03-02T09:30:00Z,POSTED,assets:bank," + donors + ",120.00,EUR,,,bank:line-1,"
                        + hashOf(2),
                "3," + id(3) + ",2026-03-02T09:30:00Z,PENDING,funds:Legal Defence,payees:=mastodon.example team,50.00,"
                        + "EUR,,,," + hashOf(3),
                "4," + id(4) + ",2026-03-02T09:30:00Z,POST_PENDING,funds:Legal Defence,payees:=mastodon.example team,"
                        + "30.00,EUR," + id(3) + ",,invoice:17," + hashOf(4),
                "5," + id(5) + ",2026-03-02T09:30:00Z,PENDING,funds:Legal Defence,payees:=mastodon.example team,10.00,"
                        + "EUR,,,," + hashOf(5),
                "6," + id(6) + ",2026-03-02T09:30:00Z,POSTED," + lookalike + ",funds:General,20.01,EUR,,,,"
                        + hashOf(6),
                "7," + id(7) + ",2026-03-02T09:30:00Z,PENDING,funds:General,payees:=mastodon.example team,5.00,EUR,,,,"
                        + hashOf(7),
                "8," + id(8) + ",2026-03-02T09:30:00Z,VOID_PENDING,funds:General,payees:=mastodon.example team,5.00,EUR,"
                        + id(7) + ",,," + hashOf(8),
                "9," + id(9) + ",2026-03-02T09:30:00Z,PENDING,funds:General,payees:=mastodon.example team,7.00,EUR,,,,"
                        + hashOf(9),
                "10," + expiry + ",2026-03-02T09:32:00Z,EXPIRE_PENDING,funds:General,payees:=mastodon.example team,7.00,"
                        + "EUR," + id(9) + ",,," + hashOf(10),
                "11," + id(10) + ",2026-03-02T09:32:00Z,POSTED,funds:General,payees:=mastodon.example team,0.01,EUR,,,'-1,"
                        + hashOf(11),
                "12," + id(11) + ",2026-03-02T09:32:00Z,POSTED,payees:=mastodon.example team,funds:General,0.01,EUR,,"
                        + id(10) + ",," + hashOf(12),
                ""), csv);
    }

    @Test
    void theJournalWritesMovedMoneyAsClearedOpenReservationsAsPendingAndTheRestAsComments() {
        String journal = call(() -> treasury.journal(chloe, MODS));
        assertTrue(journal.startsWith("; The ledger of Fediverse Moderators' Union (fediverse-moderators), exported "
                + "by Unionhall\n; ledger " + before.id() + ", currency EUR, 12 rows, head " + before.headHash()
                + "\ncommodity 1000.00 EUR\n\naccount funds  ; type: Liability\naccount assets  ; type: Asset\n"
                + "account contributors  ; type: Asset\naccount payees  ; type: Liability\n\n"), journal);
        assertTrue(journal.contains("2026-03-02 * posted dues:2026-03  ; id:" + id(1) + ", seq:1, kind:posted, "
                + "ref:dues:2026-03\n    contributors:Donors- \"monthly\", 2026" + suffixOf("Donors: \"monthly\", 2026")
                + "    120.00 EUR\n"
                + "    funds:Legal Defence    -120.00 EUR\n\n"), journal);
        assertTrue(journal.contains("; 2026-03-02 reserved 50.00 EUR from funds:Legal Defence to payees:=mastodon"
                + ".example team, nothing moved for good  ; id:" + id(3) + ", seq:3, kind:pending\n\n"), journal);
        assertTrue(journal.contains("2026-03-02 * posted from a reservation invoice:17  ; id:" + id(4) + ", seq:4, "
                + "kind:post_pending, pending:" + id(3) + ", ref:invoice:17\n    funds:Legal Defence    30.00 EUR\n"
                + "    payees:=mastodon.example team    -30.00 EUR\n\n"), journal);
        assertTrue(journal.contains("2026-03-02 ! reserved  ; id:" + id(5) + ", seq:5, kind:pending\n"
                + "    funds:Legal Defence    10.00 EUR\n    payees:=mastodon.example team    -10.00 EUR\n\n"), journal);
        assertTrue(journal.contains("    contributors:Donors- \"monthly\", 2026" + suffixOf("Donors- \"monthly\", 2026")
                + "    20.01 EUR\n"), journal);
        assertTrue(journal.contains("; 2026-03-02 reservation expired 7.00 EUR from funds:General"), journal);
        assertTrue(journal.contains("2026-03-02 * posted  ; id:" + id(11) + ", seq:12, kind:posted, corrects:"
                + id(10) + "\n    payees:=mastodon.example team    0.01 EUR\n    funds:General    -0.01 EUR\n"),
                journal);
        assertEquals(6, journal.split("\n\\d{4}-\\d\\d-\\d\\d \\* ", -1).length - 1, journal);
        assertEquals(1, journal.split("\n\\d{4}-\\d\\d-\\d\\d ! ", -1).length - 1, journal);
    }

    @Test
    void aCurrencyWithoutDecimalsIsWrittenInWholeUnits() {
        String journal = call(() -> treasury.journal(ravi, SELLERS));
        assertTrue(journal.contains("commodity 1000 JPY\n"), journal);
        assertTrue(journal.contains("    contributors:Stall fees    1500 JPY\n    funds:General    -1500 JPY\n"),
                journal);
        assertTrue(call(() -> treasury.csv(ravi, SELLERS)).contains(",1500,JPY,"));
    }

    @Test
    void onlyMembersOfTheUnionExport() {
        assertThrows(AccessDenied.class, () -> call(() -> treasury.csv(ravi, MODS)));
        assertThrows(AccessDenied.class, () -> call(() -> treasury.journal(ravi, MODS)));
    }

    /**
     * hledger's totals, posted only ({@code -C}, cleared) and with open reservations (its
     * default), equal every account's sums in Unionhall, debits counted positive as hledger does.
     */
    @Test
    void debiansHledgerReadsTheSameBalancesAsUnionhall(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ledger.journal");
        Files.writeString(file, call(() -> treasury.journal(chloe, MODS)), StandardCharsets.UTF_8);
        Map<String, BigDecimal> posted = hledgerBalances(file, "-C");
        Map<String, BigDecimal> withReservations = hledgerBalances(file);
        assertEquals(7, before.accounts().size());
        int moved = 0;
        for (LedgerAccountView account : before.accounts()) {
            String path = pathOf(account);
            var b = account.balances();
            BigDecimal unionhallPosted = BigDecimal.valueOf(b.debitsPosted() - b.creditsPosted(), 2);
            BigDecimal unionhallAll = BigDecimal.valueOf(b.debitsPosted() + b.debitsPending() - b.creditsPosted()
                    - b.creditsPending(), 2);
            assertEquals(0, unionhallPosted.compareTo(posted.getOrDefault(path, BigDecimal.ZERO)),
                    path + ": hledger -C " + posted.get(path) + ", Unionhall " + unionhallPosted);
            assertEquals(0, unionhallAll.compareTo(withReservations.getOrDefault(path, BigDecimal.ZERO)),
                    path + ": hledger " + withReservations.get(path) + ", Unionhall " + unionhallAll);
            long normal = account.kind().normalSide() == AccountKind.Side.DEBIT ? 1 : -1;
            assertEquals(0, BigDecimal.valueOf(account.balance() * normal, 2).compareTo(
                    posted.getOrDefault(path, BigDecimal.ZERO)), path);
            moved += unionhallPosted.signum() != 0 ? 1 : 0;
        }
        assertTrue(moved >= 5, "the history moves money through most accounts");
        assertEquals(before.accounts().size(), before.accounts().stream().map(this::pathOf).distinct().count());
    }

    String pathOf(LedgerAccountView account) {
        String name = account.name().replace(':', '-');
        String path = switch (account.kind()) {
            case BANK -> "assets:bank";
            case FUND -> "funds:" + name;
            case CONTRIBUTOR -> "contributors:" + name;
            case PAYEE -> "payees:" + name;
        };
        return account.name().startsWith("Donors") ? path + " #" + account.id().substring(0, 8) : path;
    }

    /** Runs {@code hledger balance} on the journal and reads its CSV: account path to amount in EUR. */
    static Map<String, BigDecimal> hledgerBalances(Path journal, String... flags) throws IOException,
            InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("hledger", "-f", journal.toString(), "balance",
                "--flat", "--no-total", "-O", "csv"));
        command.addAll(List.of(flags));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("hledger is not installed; ./unionhall test installs it (Debian's package hledger): " + e
                    .getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "hledger did not finish");
        assertEquals(0, process.exitValue(), "hledger refused the journal: " + output);
        Map<String, BigDecimal> balances = new HashMap<>();
        for (String line : output.strip().split("\r?\n")) {
            if (line.equals("\"account\",\"balance\"")) {
                continue;
            }
            int comma = line.lastIndexOf("\",\"");
            String account = line.substring(1, comma).replace("\"\"", "\"");
            String amount = line.substring(comma + 3, line.length() - 1);
            balances.put(account, amount.equals("0") ? BigDecimal.ZERO
                    : new BigDecimal(amount.replace(" EUR", "")));
        }
        return balances;
    }
}
