package org.unionhall.infrastructure.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.application.TimeSource;
import org.unionhall.application.motion.BallotBox;
import org.unionhall.application.motion.DefaultMotionService;
import org.unionhall.application.motion.MotionStores;
import org.unionhall.application.notification.DefaultNotificationService;
import org.unionhall.application.notification.Notifier;
import org.unionhall.application.treasury.BudgetService;
import org.unionhall.application.treasury.DefaultBudgetService;
import org.unionhall.application.treasury.DefaultGrantService;
import org.unionhall.application.treasury.DefaultTreasuryLedgerService;
import org.unionhall.application.treasury.GrantClaim;
import org.unionhall.application.treasury.GrantService;
import org.unionhall.application.treasury.NewBudgetRound;
import org.unionhall.application.treasury.TreasuryLedgerService;
import org.unionhall.domain.installation.InstallationSigner;
import org.unionhall.domain.mail.Outbox;
import org.unionhall.domain.notification.MailPreferences;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.BudgetRounds;
import org.unionhall.domain.treasury.GrantRequests;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.LedgerCheckpoints;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.domain.treasury.TransferId;
import org.unionhall.domain.treasury.TransferOrder;

/**
 * A year of the demo unions' treasury, kept through the real services on a clock that walks from
 * thirteen months ago to now: each month members' dues come in, moderation teams are paid for the
 * hours they worked (two treasurers approve, a third pays), legal aid is granted now and then; and
 * today some requests wait (one for its second approval, one to be paid, one above the bylaws'
 * limit with the members, three in a participatory budget whose ballot waits for its key ceremony). The Fediverse Moderators keep euros, the Indie Sellers dollars; each
 * ledger ends with a checkpoint signed now. Runs in the caller's transaction, once: a union that
 * has a ledger is left alone.
 */
public final class DemoTreasury {
    private static final String MODS = "fediverse-moderators";
    private static final String SELLERS = "indie-sellers";
    private static final String SOCIAL = "social.example.org";
    private static final String ART = "art.example.net";
    private static final int MONTHS = 12;

    private final MotionStores stores;
    private final MovingClock clock;
    private final TreasuryLedgerService ledger;
    private final GrantService grants;
    private final BudgetService budgets;
    private final DefaultNotificationService notifications;
    private final Random random = new Random(2026);
    private final Instant now;

    /**
     * @param stores the application's stores (their clock is replaced by the walking one)
     * @param rounds the participatory budgets
     * @param ballots the secret ballot service, which prepares the open budget's ballot
     */
    public DemoTreasury(MotionStores stores, Ledgers ledgers, LedgerCheckpoints checkpoints, InstallationSigner signer,
                        GrantRequests requests, BudgetRounds rounds, Outbox outbox, MailPreferences preferences,
                        BallotBox ballots) {
        Stores real = stores.core();
        this.now = real.time().now();
        this.clock = new MovingClock(now);
        Stores past = new Stores(real.federations(), real.unions(), real.chapters(), real.members(),
                real.memberships(), real.joinRequests(), real.mandates(), real.instances(), real.audit(),
                real.accounts(), real.recordAccesses(), new TimeSource(clock));
        MotionStores pastMotions = new MotionStores(past, stores.bylaws(), stores.motions(), stores.nominations(),
                stores.congressVotes(), stores.proxies(), stores.notifications());
        Notifier notifier = new Notifier(past, stores.notifications(), outbox, preferences);
        this.stores = pastMotions;
        this.ledger = new DefaultTreasuryLedgerService(past, ledgers, checkpoints, signer);
        this.grants = new DefaultGrantService(past, ledgers, requests, stores.bylaws(), notifier,
                new DefaultMotionService(pastMotions, notifier, new BallotBox(Optional.empty())), stores.motions());
        this.budgets = new DefaultBudgetService(past, ledgers, rounds, requests, stores.bylaws(), notifier, ballots);
        this.notifications = new DefaultNotificationService(past, stores.notifications());
    }

    /**
     * Keeps the year's books of both demo unions, unless the Fediverse Moderators have a ledger.
     *
     * @return whether anything was written
     */
    public boolean seedIfMissing() {
        if (stores.core().unions().findBySlug(MODS).isEmpty() || hasLedger()) {
            return false;
        }
        YearMonth first = YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(MONTHS);
        Instant start = first.atDay(1).atTime(9, 0).toInstant(ZoneOffset.UTC);
        clock.set(start);
        moderators(first);
        clock.set(start);
        sellers(first);
        clock.set(now);
        ledger.checkpoint(actor("fatima"), MODS);
        ledger.checkpoint(actor("ravi"), SELLERS);
        return true;
    }

    private boolean hasLedger() {
        try {
            ledger.ledger(actor("fatima"), MODS);
            return true;
        } catch (org.unionhall.domain.shared.NotFound none) {
            return false;
        }
    }

    private void moderators(YearMonth first) {
        Actor fatima = actor("fatima");
        Actor noor = actor("noor");
        Actor oskar = actor("oskar");
        ledger.open(fatima, MODS, "EUR");
        LedgerAccountId dues = account(fatima, MODS, "Member dues");
        LedgerAccountId donations = account(fatima, MODS, "Donations");
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = first.plusMonths(m);
            at(month, 2);
            income(fatima, MODS, dues, "dues:" + month, "Moderation Labour", 80_000, "Legal Defence", 25_000,
                    "General", 15_000);
            if (m == 5) {
                income(fatima, MODS, donations, "fundraiser:" + month, "Moderation Labour", 400_000);
            } else if (m % 3 == 1) {
                income(fatima, MODS, donations, "donations:" + month, "Legal Defence", 5_000 + 500L * random.nextInt(40));
            }
            boolean last = m == MONTHS - 1;
            String worked = month.minusMonths(1).toString();
            String social = labour(actor("mateo"), MODS, SOCIAL, month, "Example Social moderation, " + worked,
                    "Reviewed the report queue every evening and answered appeals; "
                            + (120 + random.nextInt(300)) + " reports handled.", 18 + random.nextInt(12), "18.00");
            approveAndPay(social, month, noor, last ? null : fatima, last ? null : oskar);
            if (m % 2 == 1) {
                String art = labour(actor("yuki"), MODS, ART, month, "Art Commons moderation, " + worked,
                        "Weekend shifts on the art server's queue and two workshops for new moderators.",
                        10 + random.nextInt(8), "18.00");
                approveAndPay(art, month, oskar, noor, last ? null : fatima);
            }
            if (m == 4 || m == 8) {
                at(month, 18);
                String aid = grants.draft(actor(m == 4 ? "chloe" : "priya"), MODS, GrantClaim.legalAid(
                        m == 4 ? "Answering a takedown demand" : "Defending a moderator against a defamation claim",
                        m == 4 ? "A lawyer's advice and reply to a platform's takedown demand against our instance."
                                : "A lawyer for a volunteer moderator sued over a moderation decision.",
                        m == 4 ? "800.00" : "1450.00")).id();
                grants.submit(actor(m == 4 ? "chloe" : "priya"), aid);
                at(month, 20);
                grants.approve(fatima, aid);
                grants.approve(noor, aid);
                at(month, 22);
                grants.pay(oskar, aid);
            }
        }
        List.of("fatima", "noor", "oskar", "mateo", "yuki", "chloe", "priya")
                .forEach(handle -> notifications.markAllRead(actor(handle)));
        clock.set(now.minus(Duration.ofHours(2)));
        YearMonth month = first.plusMonths(MONTHS);
        labour(actor("mateo"), MODS, SOCIAL, month, "The autumn spam wave on Example Social",
                "Three moderators worked in shifts for six weeks to clear a spam wave of 40,000 accounts.",
                300, "18.00");
        winterBudget(month);
    }

    /**
     * Three moderation requests compete for a winter budget the members share; its ballot waits
     * for the trustees' key ceremony (their secrets are made on their own devices, never here).
     */
    private void winterBudget(YearMonth month) {
        List<String> competing = List.of(
                labour(actor("mateo"), MODS, SOCIAL, month, "Night shifts over the holidays on Example Social",
                        "Cover of the report queue every night from 20 December to 6 January.", 20, "18.00"),
                labour(actor("yuki"), MODS, ART, month, "Moderator handbook for Art Commons",
                        "Writing and translating the handbook new moderators learn the rules from.", 15, "18.00"),
                labour(actor("mateo"), MODS, SOCIAL, month, "Appeals backlog on Example Social",
                        "Answering the 140 appeals that waited more than a month.", 12, "18.00"));
        clock.set(now.minus(Duration.ofHours(1)));
        budgets.open(actor("fatima"), MODS, new NewBudgetRound("Moderation, winter", null, "600.00", competing, null,
                null));
    }

    private void sellers(YearMonth first) {
        Actor ravi = actor("ravi");
        Actor wanjiru = actor("wanjiru");
        Actor ilse = actor("ilse");
        ledger.open(ravi, SELLERS, "USD");
        LedgerAccountId dues = account(ravi, SELLERS, "Member dues");
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = first.plusMonths(m);
            at(month, 3);
            income(ravi, SELLERS, dues, "dues:" + month, "Legal Defence", 30_000, "General", 12_000);
            if (m % 4 == 2) {
                boolean last = m == 10;
                at(month, 14);
                String asker = List.of("aisha", "tomas", "hana").get(m / 4);
                String aid = grants.draft(actor(asker), SELLERS, GrantClaim.legalAid(
                        "Appealing a marketplace's payout hold",
                        "A lawyer's letter to a marketplace that held a member's payouts for 90 days.",
                        (400 + 50 * random.nextInt(10)) + ".00")).id();
                grants.submit(actor(asker), aid);
                at(month, 16);
                grants.approve(wanjiru, aid);
                if (!last) {
                    grants.approve(ilse, aid);
                    at(month, 19);
                    grants.pay(ravi, aid);
                }
            }
        }
        List.of("ravi", "wanjiru", "ilse", "aisha", "tomas", "hana")
                .forEach(handle -> notifications.markAllRead(actor(handle)));
    }

    /**
     * A moderation-labour request for the month before, with a link as evidence, submitted on the
     * month's 10th (or now, when the clock is past it); above the bylaws' limit it goes to the members.
     */
    private String labour(Actor requester, String union, String host, YearMonth month, String title, String what,
                          int hours, String rate) {
        at(month, 10);
        LocalDate from = month.minusMonths(1).atDay(1);
        String id = grants.draft(requester, union, GrantClaim.labour(host, title, what, from,
                month.minusMonths(1).atEndOfMonth(), BigDecimal.valueOf(hours), rate)).id();
        grants.addLink(requester, id, "Moderation log", "https://" + host + "/admin/reports?month="
                + month.minusMonths(1));
        return grants.submit(requester, id).id();
    }

    /** Approved by the first (and the second, when given) treasurer, then paid by the payer, when given. */
    private void approveAndPay(String request, YearMonth month, Actor first, Actor second, Actor payer) {
        at(month, 12);
        grants.approve(first, request);
        if (second != null) {
            at(month, 13);
            grants.approve(second, request);
        }
        if (payer != null) {
            at(month, 15);
            grants.pay(payer, request);
        }
    }

    /** Money coming in from a contributor account into funds, as one batch: fund name, cents, fund name, cents … */
    private void income(Actor treasurer, String union, LedgerAccountId from, String reference, Object... split) {
        var books = ledger.ledger(treasurer, union);
        List<TransferOrder> orders = new java.util.ArrayList<>();
        for (int i = 0; i < split.length; i += 2) {
            LedgerAccountId fund = LedgerAccountId.of(books.account((String) split[i]).orElseThrow().id());
            orders.add(new TransferOrder.Posted(TransferId.generate(), from, fund,
                    Amount.of(books.currency(), ((Number) split[i + 1]).longValue()), reference));
        }
        ledger.recordLinked(treasurer, union, orders);
    }

    private LedgerAccountId account(Actor treasurer, String union, String name) {
        return LedgerAccountId.of(ledger.openAccount(treasurer, union, AccountKind.CONTRIBUTOR, name).id());
    }

    private void at(YearMonth month, int day) {
        Instant at = month.atDay(Math.min(day, month.lengthOfMonth())).atTime(9, 0).toInstant(ZoneOffset.UTC)
                .plusSeconds(random.nextInt(8 * 3600));
        if (at.isAfter(clock.instant()) && at.isBefore(now)) {
            clock.set(at);
        }
    }

    private Actor actor(String handle) {
        return new Actor(stores.core().members().findByEmail(handle + "@" + DemoData.DOMAIN).orElseThrow().id());
    }

    /** The clock the demo's year is kept by: set forward step by step. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void set(Instant at) {
            this.now = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
