package org.unionhall.web.view.treasury;

import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.unionhall.application.DirectoryService;
import org.unionhall.application.InstanceView;
import org.unionhall.application.UnionView;
import org.unionhall.application.treasury.ContributionService;
import org.unionhall.application.treasury.ContributionTotals;
import org.unionhall.application.treasury.LedgerAccountView;
import org.unionhall.application.treasury.LedgerView;
import org.unionhall.application.treasury.NewContribution;
import org.unionhall.application.treasury.PledgeView;
import org.unionhall.application.treasury.RecordedContribution;
import org.unionhall.application.treasury.StatementPreview;
import org.unionhall.application.treasury.TreasuryLedgerService;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.treasury.AccountKind;
import org.unionhall.domain.treasury.ContributionKind;
import org.unionhall.domain.treasury.GiverKind;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.MemberChoice;
import org.unionhall.web.view.MemberPicker;
import org.unionhall.web.view.Pages;

/**
 * A union's contributions for its treasurers ({@code ?union=}): record a due or a donation, the
 * contributions recorded (paged) and the totals by month and fund, the pledges that hold with where
 * each stands (and cancelling one), and importing a bank statement: first a preview of what each
 * line would do, then one click that imports exactly the statement previewed (its bytes are kept in
 * the view meanwhile, at most {@value #MAX_STATEMENT_BYTES} bytes). Anyone but a treasurer of the
 * union gets the 403 page.
 */
@Named
@ViewScoped
public class ContributionsBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The largest statement a page takes, as the API. */
    static final int MAX_STATEMENT_BYTES = 1024 * 1024;

    @Inject
    private ContributionService contributions;

    @Inject
    private TreasuryLedgerService treasury;

    @Inject
    private DirectoryService directory;

    @Inject
    private CurrentActor member;

    private String union;
    private String unionName;
    private String currency;
    private List<LedgerAccountView> funds = List.of();
    private List<InstanceView> instances = List.of();
    private MemberPicker picker;
    private ContributionListModel recent;
    private PledgeCancellation cancellation;
    private List<PledgeView> pledges = List.of();
    private ContributionTotals totals;

    private String contributionId = UUID.randomUUID().toString();
    private ContributionKind kind = ContributionKind.DUES;
    private GiverKind giver = GiverKind.MEMBER;
    private MemberChoice giverMember;
    private String instance;
    private String fund;
    private String amount;
    private LocalDate receivedOn = LocalDate.now(ZoneOffset.UTC);
    private String publicName;

    private String statementFund;
    private transient Part file;
    private byte[] statement;
    private StatementPreview preview;

    /** Loads the page; anyone but a treasurer of the union gets the 403 page. */
    public void load() {
        Pages.load(() -> {
            pledges = contributions.pledges(member.actor(), union);
            LedgerView ledger = treasury.ledger(member.actor(), union);
            currency = ledger.currency();
            funds = ledger.accounts().stream().filter(a -> a.kind() == AccountKind.FUND).toList();
            UnionView view = directory.union(member.actor(), union);
            unionName = view.name();
            instances = view.instances();
            picker = new MemberPicker(directory, member, view.chapters().stream().map(c -> c.slug()).toList());
            recent = new ContributionListModel(contributions, member, union);
            cancellation = new PledgeCancellation(contributions, member, union);
            totals = contributions.totals(member.actor(), union);
            String general = funds.stream().filter(f -> f.name().equals("General")).findFirst()
                    .orElse(funds.get(0)).id();
            fund = general;
            statementFund = general;
            return true;
        });
    }

    private void refresh() {
        pledges = contributions.pledges(member.actor(), union);
        totals = contributions.totals(member.actor(), union);
    }

    /**
     * Records the contribution of the form, from the member or the instance chosen only when the
     * giver chosen is one; the same form sent twice records it once.
     */
    public void record() {
        Pages.attempt(() -> contributions.record(member.actor(), union, new NewContribution(contributionId, kind,
                giver, giver == GiverKind.MEMBER && giverMember != null ? giverMember.memberId() : null,
                giver == GiverKind.INSTANCE ? instance : null, fund, amount, currency, receivedOn, publicName, null)),
                ContributionsBacking::recorded).ifPresent(done -> {
                    contributionId = UUID.randomUUID().toString();
                    amount = null;
                    publicName = null;
                    giverMember = null;
                    instance = null;
                    refresh();
                });
    }

    private static String recorded(RecordedContribution done) {
        var c = done.contribution();
        return done.retry() ? "This contribution was recorded already; nothing was added."
                : "Recorded: " + c.kind().inSentence() + " of " + Money.format(c.amount(), c.currency()) + " into "
                        + c.fundName() + ".";
    }

    /** The first step of cancelling a pledge. */
    public void askToCancel(PledgeView pledge) {
        cancellation.ask(pledge);
    }

    /** Cancels the pledge asked about. */
    public void cancelPledge() {
        if (cancellation.confirm()) {
            refresh();
        }
    }

    /** Reads the uploaded statement and shows what importing it would do, importing nothing. */
    public void previewStatement() {
        preview = null;
        statement = null;
        Pages.attempt(() -> {
            byte[] read = uploaded();
            StatementPreview checked = contributions.previewStatement(member.actor(), union, statementFund,
                    new ByteArrayInputStream(read));
            statement = read;
            return checked;
        }, ContributionsBacking::previewed).ifPresent(checked -> preview = checked);
    }

    private static String previewed(StatementPreview p) {
        return p.refused() > 0 ? "The statement is read. " + lines(p.refused()) + " refused; correct "
                + (p.refused() == 1 ? "it" : "them") + " and check the file again, as nothing is imported while a "
                + "line is refused."
                : p.newLines() == 0 ? "The statement is read. Nothing in it is new: importing it would add nothing."
                : "The statement is read. Check the lines below, then import them.";
    }

    private byte[] uploaded() {
        if (file == null || file.getSize() == 0) {
            throw new InvalidInput("Choose the bank statement's CSV file first.");
        }
        if (file.getSize() > MAX_STATEMENT_BYTES) {
            throw new InvalidInput("The file is larger than 1 MB. Split the statement by date and import the parts "
                    + "one after the other.");
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInput("The file could not be read; please send it again.");
        }
    }

    /** Imports the statement last previewed. */
    public void importStatement() {
        Pages.attempt(() -> {
            if (statement == null) {
                throw new InvalidInput("Check a statement first.");
            }
            return contributions.importStatement(member.actor(), union, statementFund,
                    new ByteArrayInputStream(statement));
        }, done -> done.newLines() == 0 ? "Nothing was added: every line of the statement was imported before."
                : lines(done.newLines()) + " added to the books as contributions, " + Money.format(done.newAmount(),
                done.currency()) + " in all.").ifPresent(done -> {
                    preview = done;
                    statement = null;
                    refresh();
                });
    }

    private static String lines(int n) {
        return n == 1 ? "1 line was" : n + " lines were";
    }

    /** An amount in minor units of the ledger's currency, e.g. {@code 1,250.00 EUR}. */
    public String money(long minorUnits) {
        return Money.format(minorUnits, currency);
    }

    /** The months of the totals, the latest first. */
    public List<ContributionTotals.MonthTotal> getMonths() {
        List<ContributionTotals.MonthTotal> months = new ArrayList<>(totals.months());
        Collections.reverse(months);
        return months;
    }

    /** Members whose name contains what was typed, of every chapter of the union. */
    public List<MemberChoice> completeMember(String typed) {
        return picker.complete(typed);
    }

    /** Turns a member offered by {@link #completeMember(String)} into the id the form sends, and back. */
    public Converter<MemberChoice> getMemberConverter() {
        return picker.converter();
    }

    /** The kinds of contribution, by their names. */
    public Map<String, ContributionKind> getKinds() {
        return Pages.byLabel(ContributionKind::label, ContributionKind.values());
    }

    /** Who may give, by their names. */
    public Map<String, GiverKind> getGivers() {
        return Pages.byLabel(GiverKind::label, GiverKind.values());
    }

    public String getUnion() {
        return union;
    }

    public void setUnion(String union) {
        this.union = union;
    }

    public String getUnionName() {
        return unionName;
    }

    public String getCurrency() {
        return currency;
    }

    public List<LedgerAccountView> getFunds() {
        return funds;
    }

    public List<InstanceView> getInstances() {
        return instances;
    }

    public ContributionListModel getRecent() {
        return recent;
    }

    public PledgeCancellation getCancellation() {
        return cancellation;
    }

    public List<PledgeView> getPledges() {
        return pledges;
    }

    public ContributionTotals getTotals() {
        return totals;
    }

    public String getContributionId() {
        return contributionId;
    }

    public void setContributionId(String contributionId) {
        this.contributionId = contributionId;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public void setKind(ContributionKind kind) {
        this.kind = kind;
    }

    public GiverKind getGiver() {
        return giver;
    }

    public void setGiver(GiverKind giver) {
        this.giver = giver;
    }

    public MemberChoice getGiverMember() {
        return giverMember;
    }

    public void setGiverMember(MemberChoice giverMember) {
        this.giverMember = giverMember;
    }

    public String getInstance() {
        return instance;
    }

    public void setInstance(String instance) {
        this.instance = instance;
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getPublicName() {
        return publicName;
    }

    public void setPublicName(String publicName) {
        this.publicName = publicName;
    }

    public String getStatementFund() {
        return statementFund;
    }

    public void setStatementFund(String statementFund) {
        this.statementFund = statementFund;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    /** The statement last checked or imported, or null. */
    public StatementPreview getPreview() {
        return preview;
    }
}
