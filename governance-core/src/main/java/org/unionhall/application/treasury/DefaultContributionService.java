package org.unionhall.application.treasury;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.application.Stores;
import org.unionhall.application.UniqueRule;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.membership.Instance;
import org.unionhall.domain.membership.InstanceId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.Contribution;
import org.unionhall.domain.treasury.ContributionKind;
import org.unionhall.domain.treasury.Contributions;
import org.unionhall.domain.treasury.Giver;
import org.unionhall.domain.treasury.GiverKind;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.LedgerAccount;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.domain.treasury.Pledge;
import org.unionhall.domain.treasury.PledgeId;
import org.unionhall.domain.treasury.PledgePeriod;
import org.unionhall.domain.treasury.TransferId;
import org.unionhall.domain.treasury.TransferOrder;

/**
 * Contributions recorded on the union's ledger. The money goes through
 * {@link TreasuryLedgerService} (the treasurer's powers, the ledger's lock, its rules and audit
 * entries), from a contributor account pooled by kind, opened on first use, so that the ledger
 * and its exports never name a member or an anonymous giver; the {@link Contribution} record of
 * who gave is written in the same transaction. Every write takes the ledger's lock before it reads
 * what was recorded, so a retry and an import see everything recorded before them.
 */
@ApplicationScoped
@Transactional
public class DefaultContributionService implements ContributionService {
    /** The pooled contributor accounts, by what they hold. */
    static final String MEMBER_DUES = "Member dues";
    static final String MEMBER_DONATIONS = "Member donations";
    static final String INSTANCE_CONTRIBUTIONS = "Instance contributions";
    static final String ANONYMOUS_DONATIONS = "Anonymous donations";
    private static final List<String> POOLS = List.of(MEMBER_DUES, MEMBER_DONATIONS, INSTANCE_CONTRIBUTIONS,
            ANONYMOUS_DONATIONS);
    private static final Pattern PLEDGE = Pattern.compile(
            "(?i)pledge[:\\s-]?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    /** Two legs per statement line (into the fund, into the bank account), so half a ledger batch. */
    private static final int LINES_PER_BATCH = Ledger.MAX_BATCH / 2;

    private Stores stores;
    private Ledgers ledgers;
    private Contributions contributions;
    private TreasuryLedgerService treasury;
    private UnionBooks books;

    /** For CDI's proxy. */
    protected DefaultContributionService() {
    }

    /**
     * @param stores unions, members, instances, the audit trail and the clock
     * @param ledgers the ledgers and their accounts, read under the ledger's lock
     * @param contributions who gave what, and the pledges
     * @param treasury records the money
     */
    @Inject
    public DefaultContributionService(Stores stores, Ledgers ledgers, Contributions contributions,
                                      TreasuryLedgerService treasury) {
        this.stores = stores;
        this.ledgers = ledgers;
        this.contributions = contributions;
        this.treasury = treasury;
        this.books = new UnionBooks(stores, ledgers);
    }

    @Override
    public RecordedContribution record(Actor actor, String unionSlug, NewContribution c) {
        Union union = books.union(unionSlug);
        powers(actor).requireTreasurer(union);
        Check.present(c, "The contribution");
        Ledger ledger = books.locked(union);
        TransferId id = TransferId.of(c.id());
        Contribution record = new Contribution(id, ledger, giver(union, c), fund(ledger, c.fund()),
                Check.present(c.kind(), "The kind of contribution (DUES or DONATION)"),
                amount(ledger, c.amount(), c.currency()), Check.present(c.receivedOn(), "The day it was received"),
                Optional.ofNullable(c.publicName()), Optional.ofNullable(c.pledge()).filter(p -> !p.isBlank())
                        .map(p -> pledgeNamed(union, p)), false, actor.memberId(), now());
        Optional<Contribution> earlier = contributions.find(id);
        if (earlier.isPresent()) {
            if (!earlier.get().sameAs(record)) {
                throw new RuleViolation("Contribution " + id + " was recorded already with other details. A retry "
                        + "must send exactly the same details; a new contribution needs a new id.");
            }
            return new RecordedContribution(names(union, ledger, List.of(earlier.get())).view(earlier.get()), true);
        }
        LedgerAccount from = contributorAccount(actor, union, ledger, record.giver().kind(), record.kind(),
                record.publicName());
        treasury.recordBatch(actor, union.slug(), List.of(new TransferOrder.Posted(id, from.id(), record.fundId(),
                record.amount(), Contribution.REFERENCE)));
        contributions.add(record);
        Names names = names(union, ledger, List.of(record));
        books.audit(actor, AuditAction.CONTRIBUTION_RECORDED, union, "Recorded " + record.kind().inSentence()
                + " of " + record.amount() + " from " + record.giver().kind().inSentence() + " into "
                + names.fund(record.fundId()) + " (transfer " + id + ")");
        return new RecordedContribution(names.view(record), false);
    }

    @Override
    public Page<ContributionView> contributions(Actor actor, String unionSlug, int page, int size) {
        Union union = books.union(unionSlug);
        powers(actor).requireTreasurer(union);
        Page.checkRequest(page, size);
        Ledger ledger = books.ledgerOf(union);
        List<Contribution> rows = contributions.ofUnion(union.id(), page * size, size);
        Names names = names(union, ledger, rows);
        return new Page<>(rows.stream().map(names::view).toList(), page, size, contributions.countOfUnion(union.id()));
    }

    @Override
    public MyContributions mine(Actor actor, String unionSlug) {
        Union union = books.union(unionSlug);
        powers(actor).requireInsider(union, "their contributions");
        Ledger ledger = books.ledgerOf(union);
        List<Contribution> given = contributions.ofMember(union.id(), actor.memberId());
        Names names = names(union, ledger, given);
        LocalDate today = today();
        return new MyContributions(given.stream().map(names::view).toList(),
                contributions.pledgesOf(union.id(), actor.memberId()).stream().map(p -> names.view(p, today)).toList());
    }

    @Override
    public ContributionTotals totals(Actor actor, String unionSlug) {
        Union union = books.union(unionSlug);
        powers(actor).requireInsider(union, "its contributions");
        Ledger ledger = books.ledgerOf(union);
        Names names = names(union, ledger, List.of());
        record FundMonth(String month, LedgerAccountId fund) {
        }
        Map<FundMonth, List<Contributions.DayTotal>> byMonth = contributions.totals(union.id()).stream()
                .collect(Collectors.groupingBy(day -> new FundMonth(month(day.day()), day.fund()), LinkedHashMap::new,
                        Collectors.toList()));
        List<ContributionTotals.MonthTotal> months = new ArrayList<>();
        byMonth.forEach((key, days) -> {
            long sum = days.stream().mapToLong(Contributions.DayTotal::amount).sum();
            months.add(new ContributionTotals.MonthTotal(key.month(), key.fund().toString(), names.fund(key.fund()),
                    sum, LedgerWords.money(sum, ledger.currency()),
                    days.stream().mapToLong(Contributions.DayTotal::count).sum()));
        });
        List<ContributionTotals.PublicDonor> donors = contributions.publiclyNamed(union.id()).stream()
                .map(c -> new ContributionTotals.PublicDonor(c.publicName().orElseThrow(), names.fund(c.fundId()),
                        month(c.receivedOn()))).toList();
        return new ContributionTotals(ledger.currency().getCurrencyCode(), months, donors);
    }

    @Override
    public PledgeView pledge(Actor actor, String unionSlug, NewPledge p) {
        Union union = books.union(unionSlug);
        Powers powers = powers(actor);
        Check.present(p, "The pledge");
        boolean forInstance = p.instance() != null && !p.instance().isBlank();
        if (forInstance) {
            powers.requireTreasurer(union);
        } else if (!powers.isMemberOfUnion(union.id())) {
            throw new AccessDenied("Only members of " + union.name() + " pledge to it.");
        }
        Ledger ledger = books.ledgerOf(union);
        Giver giver = forInstance ? Giver.instance(instance(union, p.instance()).id()) : Giver.member(actor.memberId());
        Pledge pledge = new Pledge(ledger, giver, fund(ledger, p.fund()),
                Check.present(p.kind(), "The kind of contribution (DUES or DONATION)"),
                amount(ledger, p.amount(), p.currency()), Check.present(p.period(), "The period (MONTHLY or YEARLY)"),
                today(), actor.memberId(), now());
        Names names = names(union, ledger, List.of());
        String taken = (forInstance ? names.instance(giver.instance().orElseThrow()) + " has" : "You have")
                + " a pledge into " + names.fund(pledge.fundId()) + " already; cancel it before making another.";
        if (contributions.activePledges(union.id()).stream()
                .anyMatch(a -> a.giver().equals(giver) && a.fundId().equals(pledge.fundId()))) {
            throw new RuleViolation(taken);
        }
        UniqueRule.store(() -> contributions.addPledge(pledge), taken);
        if (forInstance) {
            books.audit(actor, AuditAction.PLEDGE_MADE, union, "Recorded an instance's pledge of " + pledge.amount()
                    + " " + pledge.period().per() + " into " + names.fund(pledge.fundId()) + " (pledge " + pledge.id()
                    + ")");
        }
        return names.view(pledge, today());
    }

    @Override
    public List<PledgeView> pledges(Actor actor, String unionSlug) {
        Union union = books.union(unionSlug);
        powers(actor).requireTreasurer(union);
        Ledger ledger = books.ledgerOf(union);
        List<Pledge> active = contributions.activePledges(union.id());
        Names names = names(union, ledger, List.of()).withMembers(active.stream()
                .flatMap(p -> p.giver().member().stream()).toList());
        LocalDate today = today();
        return active.stream().map(p -> names.view(p, today)).toList();
    }

    @Override
    public PledgeView cancelPledge(Actor actor, String unionSlug, String pledgeId) {
        Union union = books.union(unionSlug);
        Pledge pledge = contributions.pledge(PledgeId.of(pledgeId)).filter(p -> p.unionId().equals(union.id()))
                .orElseThrow(() -> new NotFound("There is no pledge " + Check.abbreviate(pledgeId) + " to "
                        + union.name() + "."));
        boolean own = pledge.giver().member().equals(Optional.of(actor.memberId()));
        if (!own) {
            powers(actor).requireTreasurer(union);
        }
        pledge.cancel(now());
        Names names = names(union, books.ledgerOf(union), List.of());
        if (!own) {
            books.audit(actor, AuditAction.PLEDGE_CANCELLED, union, "Cancelled a pledge of " + pledge.amount() + " "
                    + pledge.period().per() + " into " + names.fund(pledge.fundId()) + " (pledge " + pledge.id() + ")");
        }
        return names.withMembers(pledge.giver().member().stream().toList()).view(pledge, today());
    }

    @Override
    public StatementPreview previewStatement(Actor actor, String unionSlug, String fundId, InputStream statement) {
        Union union = books.union(unionSlug);
        powers(actor).requireTreasurer(union);
        Ledger ledger = books.ledgerOf(union);
        LedgerAccount fund = statementFund(ledger, fundId);
        return read(actor, union, ledger, fund, statement).preview(false);
    }

    @Override
    public StatementPreview importStatement(Actor actor, String unionSlug, String fundId, InputStream statement) {
        Union union = books.union(unionSlug);
        powers(actor).requireTreasurer(union);
        Ledger ledger = books.locked(union);
        LedgerAccount fund = statementFund(ledger, fundId);
        Reading reading = read(actor, union, ledger, fund, statement);
        List<StatementLineView> refused = reading.lines.stream()
                .filter(l -> l.status() == StatementLineStatus.REFUSED).toList();
        if (!refused.isEmpty()) {
            throw new InvalidInput("Nothing was imported: " + refused.size() + " line" + (refused.size() == 1
                    ? " is" : "s are") + " refused. " + refused.stream().limit(10)
                    .map(l -> "Line " + l.line() + ": " + l.reason().orElse("")).collect(Collectors.joining(" "))
                    + (refused.size() > 10 ? " …" : "")
                    + " Correct or remove these lines and import the statement again.");
        }
        if (reading.created.isEmpty()) {
            return reading.preview(true);
        }
        LedgerAccount bank = ledgers.accounts(ledger.id()).stream().filter(a -> a.kind() == AccountKind.BANK)
                .findFirst().orElseThrow();
        Map<String, LedgerAccount> pools = new HashMap<>();
        List<TransferOrder> legs = new ArrayList<>();
        for (Contribution c : reading.created) {
            LedgerAccount from = pools.computeIfAbsent(pool(c.giver().kind(), c.kind(), Optional.empty()),
                    name -> contributorAccount(actor, union, ledger, c.giver().kind(), c.kind(), Optional.empty()));
            legs.add(new TransferOrder.Posted(c.transferId(), from.id(), c.fundId(), c.amount(),
                    Contribution.REFERENCE));
            legs.add(new TransferOrder.Posted(Contribution.bankTransferId(c.transferId()), bank.id(), from.id(),
                    c.amount(), Contribution.REFERENCE));
        }
        for (int i = 0; i < legs.size(); i += 2 * LINES_PER_BATCH) {
            treasury.recordBatch(actor, union.slug(), legs.subList(i, Math.min(legs.size(), i + 2 * LINES_PER_BATCH)));
        }
        reading.created.forEach(contributions::add);
        StatementPreview done = reading.preview(true);
        books.audit(actor, AuditAction.BANK_STATEMENT_IMPORTED, union, "Imported a bank statement: " + done.newLines()
                + " new contribution" + (done.newLines() == 1 ? "" : "s") + " of " + done.newAmountText()
                + " in all, anonymous donations into " + Check.abbreviate(fund.name()) + "; "
                + done.alreadyImported() + " line" + (done.alreadyImported() == 1 ? "" : "s")
                + " imported before, " + done.outgoing() + " outgoing left alone");
        return done;
    }

    /** A statement read against the ledger: each line's view and the contributions its new lines make. */
    private final class Reading {
        final Ledger ledger;
        final LedgerAccount fund;
        final List<StatementLineView> lines = new ArrayList<>();
        final List<Contribution> created = new ArrayList<>();

        Reading(Ledger ledger, LedgerAccount fund) {
            this.ledger = ledger;
            this.fund = fund;
        }

        StatementPreview preview(boolean imported) {
            long sum = created.stream().mapToLong(c -> c.amount().minorUnits()).sum();
            return new StatementPreview(ledger.currency().getCurrencyCode(), fund.id().toString(), fund.name(), lines,
                    created.size(), sum, LedgerWords.money(sum, ledger.currency()),
                    count(StatementLineStatus.ALREADY_IMPORTED), count(StatementLineStatus.OUTGOING),
                    count(StatementLineStatus.REFUSED), imported);
        }

        private int count(StatementLineStatus status) {
            return (int) lines.stream().filter(l -> l.status() == status).count();
        }
    }

    private Reading read(Actor actor, Union union, Ledger ledger, LedgerAccount fund, InputStream statement) {
        List<BankStatement.Row> rows = BankStatement.read(Check.present(statement, "The statement"),
                MAX_STATEMENT_LINES);
        Reading reading = new Reading(ledger, fund);
        Map<String, Integer> occurrences = new HashMap<>();
        Instant now = now();
        for (BankStatement.Row row : rows) {
            StatementLineStatus status;
            Optional<String> reason = Optional.empty();
            Optional<TransferId> id = Optional.empty();
            Optional<PledgeId> named = Optional.empty();
            try {
                LocalDate day = day(row.date());
                if (row.amount().startsWith("-")) {
                    status = StatementLineStatus.OUTGOING;
                } else {
                    Amount amount = amount(ledger, row.amount().startsWith("+") ? row.amount().substring(1)
                            : row.amount(), row.currency());
                    int occurrence = occurrences.merge(day + " " + amount.minorUnits(), 1, Integer::sum);
                    id = Optional.of(Contribution.statementTransferId(ledger.id(), day, amount, occurrence));
                    if (contributions.find(id.get()).isPresent() || ledgers.transfer(id.get()).isPresent()) {
                        status = StatementLineStatus.ALREADY_IMPORTED;
                    } else {
                        Matcher pledgeNamed = PLEDGE.matcher(row.reference());
                        Optional<Pledge> pledge = pledgeNamed.find()
                                ? Optional.of(pledgeNamed(union, pledgeNamed.group(1).toLowerCase(Locale.ROOT)))
                                : Optional.empty();
                        named = pledge.map(Pledge::id);
                        LedgerAccount into = pledge.map(p -> ledgers.account(p.fundId()).orElseThrow()).orElse(fund);
                        reading.created.add(new Contribution(id.get(), ledger,
                                pledge.map(Pledge::giver).orElse(Giver.anonymous()), into,
                                pledge.map(Pledge::kind).orElse(ContributionKind.DONATION), amount, day,
                                Optional.empty(), pledge, true, actor.memberId(), now));
                        status = StatementLineStatus.NEW;
                    }
                }
            } catch (DomainException refused) {
                status = StatementLineStatus.REFUSED;
                reason = Optional.of(refused.getMessage());
            }
            reading.lines.add(new StatementLineView(row.line(), row.date(), row.amount(), row.currency(), row.payer(),
                    row.reference(), status, reason, id.map(Object::toString), named.map(Object::toString)));
        }
        return reading;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("The date \"" + Check.abbreviate(text) + "\" is not a day written as 2026-03-02.");
        }
    }

    /** The fund a statement's anonymous donations go into. */
    private LedgerAccount statementFund(Ledger ledger, String fundId) {
        LedgerAccount fund = fund(ledger, fundId);
        Contribution.requireFundOf(ledger, fund);
        return fund;
    }

    /**
     * The contributor account the giver's kind pools into, opened (by the treasurer, through the
     * ledger service) the first time it is needed. An instance that chose a public name has an
     * account of that name.
     */
    private LedgerAccount contributorAccount(Actor actor, Union union, Ledger ledger, GiverKind giver,
                                             ContributionKind kind, Optional<String> publicName) {
        String name = pool(giver, kind, publicName);
        Optional<LedgerAccount> existing = ledgers.accounts(ledger.id()).stream()
                .filter(a -> a.name().equals(name)).findFirst();
        if (existing.isPresent()) {
            if (existing.get().kind() != AccountKind.CONTRIBUTOR) {
                throw new RuleViolation("The ledger has a " + existing.get().kind().name().toLowerCase(Locale.ROOT)
                        + " account named \"" + Check.abbreviate(name) + "\"; contributions need that name for a "
                        + "contributor account.");
            }
            return existing.get();
        }
        LedgerAccountView opened = treasury.openAccount(actor, union.slug(), AccountKind.CONTRIBUTOR, name);
        return ledgers.account(LedgerAccountId.of(opened.id())).orElseThrow();
    }

    private static String pool(GiverKind giver, ContributionKind kind, Optional<String> publicName) {
        return switch (giver) {
            case MEMBER -> kind == ContributionKind.DUES ? MEMBER_DUES : MEMBER_DONATIONS;
            case INSTANCE -> publicName.filter(n -> !n.isBlank()).map(String::strip).map(name -> {
                if (POOLS.contains(name)) {
                    throw new InvalidInput("\"" + name + "\" is the name of a pooled contributor account; an "
                            + "instance's public name must be its own.");
                }
                return name;
            }).orElse(INSTANCE_CONTRIBUTIONS);
            case ANONYMOUS -> ANONYMOUS_DONATIONS;
        };
    }

    private Giver giver(Union union, NewContribution c) {
        GiverKind kind = Check.present(c.giver(), "Who gave (MEMBER, INSTANCE or ANONYMOUS)");
        boolean member = c.member() != null && !c.member().isBlank();
        boolean instance = c.instance() != null && !c.instance().isBlank();
        return switch (kind) {
            case MEMBER -> {
                if (!member || instance) {
                    throw new InvalidInput("A member's contribution names the member, and no instance.");
                }
                MemberId id = MemberId.of(c.member());
                if (stores.memberships().ofMember(id).stream().noneMatch(m -> m.unionId().equals(union.id()))) {
                    throw new InvalidInput("Member " + id + " is not, and was not, a member of " + union.name() + ".");
                }
                yield Giver.member(id);
            }
            case INSTANCE -> {
                if (!instance || member) {
                    throw new InvalidInput("An instance's contribution names the instance, and no member.");
                }
                yield Giver.instance(instance(union, c.instance()).id());
            }
            case ANONYMOUS -> {
                if (member || instance) {
                    throw new InvalidInput("An anonymous contribution names no member and no instance.");
                }
                yield Giver.anonymous();
            }
        };
    }

    private Instance instance(Union union, String id) {
        InstanceId wanted = InstanceId.of(id);
        return stores.instances().ofUnion(union.id(), wanted)
                .orElseThrow(() -> new InvalidInput(union.name() + " works with no instance " + wanted + "."));
    }

    private LedgerAccount fund(Ledger ledger, String id) {
        LedgerAccountId wanted = LedgerAccountId.of(Check.present(id, "The fund"));
        return ledgers.account(wanted).filter(a -> a.ledgerId().equals(ledger.id()))
                .orElseThrow(() -> new InvalidInput("The fund " + wanted
                        + " is not an account of the union's ledger."));
    }

    /** An amount as typed, in the currency named, which must be the ledger's. */
    private static Amount amount(Ledger ledger, String text, String currencyCode) {
        Currency currency = Amount.currency(Check.present(currencyCode, "The currency"));
        if (!currency.equals(ledger.currency())) {
            throw new InvalidInput("This ledger keeps " + ledger.currency().getCurrencyCode() + "; an amount in "
                    + currency.getCurrencyCode() + " cannot be recorded in it.");
        }
        return Amount.parse(text, currency);
    }

    private Pledge pledgeNamed(Union union, String id) {
        return contributions.pledge(PledgeId.of(id)).filter(p -> p.unionId().equals(union.id()))
                .orElseThrow(() -> new InvalidInput("There is no pledge " + Check.abbreviate(id) + " to " + union.name()
                        + "."));
    }

    private static String month(LocalDate day) {
        return PledgePeriod.MONTHLY.label(day);
    }

    private Names names(Union union, Ledger ledger, Collection<Contribution> rows) {
        return new Names(ledger.currency(), ledgers.accounts(ledger.id()), stores.instances().ofUnion(union.id()),
                Map.of()).withMembers(rows.stream().flatMap(c -> c.giver().member().stream()).toList());
    }

    /** The names contributions and pledges are shown with. */
    private final class Names {
        private final Currency currency;
        private final Map<LedgerAccountId, String> accounts;
        private final Map<InstanceId, String> instances;
        private final Map<MemberId, String> members;
        private final List<LedgerAccount> accountList;
        private final List<Instance> instanceList;

        Names(Currency currency, List<LedgerAccount> accounts, List<Instance> instances,
              Map<MemberId, String> members) {
            this.currency = currency;
            this.accountList = accounts;
            this.instanceList = instances;
            this.accounts = accounts.stream().collect(Collectors.toMap(LedgerAccount::id, LedgerAccount::name));
            this.instances = instances.stream().collect(Collectors.toMap(Instance::id, Instance::name));
            this.members = members;
        }

        Names withMembers(Collection<MemberId> ids) {
            return new Names(currency, accountList, instanceList, ids.isEmpty() ? Map.of()
                    : stores.members().displayNames(ids));
        }

        String fund(LedgerAccountId id) {
            return accounts.getOrDefault(id, "");
        }

        String instance(InstanceId id) {
            return instances.getOrDefault(id, "");
        }

        ContributionView view(Contribution c) {
            Giver giver = c.giver();
            return new ContributionView(c.transferId().toString(), c.kind(), giver.kind(),
                    giver.member().map(Object::toString), giver.member().map(m -> members.getOrDefault(m, "")),
                    giver.instance().map(Object::toString), giver.instance().map(this::instance),
                    c.fundId().toString(), fund(c.fundId()), c.amount().minorUnits(),
                    LedgerWords.money(c.amount().minorUnits(), currency), currency.getCurrencyCode(), c.receivedOn(),
                    c.publicName(), c.pledgeId().map(Object::toString), c.fromStatement(), c.recordedAt());
        }

        PledgeView view(Pledge p, LocalDate today) {
            PledgePeriod period = p.period();
            LocalDate start = period.start(today);
            long paidThis = contributions.paidTo(p.id(), start, period.next(start));
            long paidLast = contributions.paidTo(p.id(), period.previous(start), start);
            Giver giver = p.giver();
            return new PledgeView(p.id().toString(), p.kind(), giver.kind(), giver.member().map(Object::toString),
                    giver.member().map(m -> members.getOrDefault(m, "")), giver.instance().map(Object::toString),
                    giver.instance().map(this::instance), p.fundId().toString(), fund(p.fundId()),
                    p.amount().minorUnits(), LedgerWords.money(p.amount().minorUnits(), currency),
                    currency.getCurrencyCode(), period, p.startsOn(), period.label(start), paidThis,
                    p.standing(today, paidThis, paidLast), p.madeAt(), p.cancelledAt());
        }
    }

    private Powers powers(Actor actor) {
        return actor.powers(stores);
    }

    private Instant now() {
        return stores.time().now();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }
}
