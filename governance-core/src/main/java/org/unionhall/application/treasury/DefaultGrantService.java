package org.unionhall.application.treasury;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.application.Stores;
import org.unionhall.application.motion.MotionService;
import org.unionhall.application.motion.ProposeMotion;
import org.unionhall.application.notification.Notifier;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.bylaws.BylawsBook;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.bylaws.TreasuryRules;
import org.unionhall.domain.membership.Instance;
import org.unionhall.domain.membership.InstanceId;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.motion.Motion;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionScope;
import org.unionhall.domain.motion.MotionStatus;
import org.unionhall.domain.motion.Motions;
import org.unionhall.domain.notification.NotificationKind;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.treasury.Amount;
import org.unionhall.domain.treasury.GrantEvidence;
import org.unionhall.domain.treasury.GrantKind;
import org.unionhall.domain.treasury.GrantRequest;
import org.unionhall.domain.treasury.GrantRequestId;
import org.unionhall.domain.treasury.GrantRequests;
import org.unionhall.domain.treasury.GrantStatus;
import org.unionhall.domain.treasury.Ledger;
import org.unionhall.domain.treasury.LedgerAccountId;
import org.unionhall.domain.treasury.Ledgers;
import org.unionhall.domain.treasury.TransferOrder;

/**
 * Grant requests for the union's members, requesters and treasurers. Every change first locks the
 * request's row, and a step that records in the ledger locks the ledger after it (the order every
 * writer keeps), so two treasurers approving or paying at once take turns: the second sees the
 * first's approval, or a request already paid.
 */
@ApplicationScoped
@Transactional
public class DefaultGrantService implements GrantService {
    private static final Set<GrantStatus> SUBMITTED_OR_LATER = EnumSet.complementOf(EnumSet.of(GrantStatus.DRAFT));

    private Stores stores;
    private Ledgers ledgers;
    private UnionBooks books;
    private GrantRequests grants;
    private BylawsBook bylaws;
    private Notifier notifier;
    private MotionService motions;
    private Motions motionRecords;

    /** For CDI's proxy. */
    protected DefaultGrantService() {
    }

    /**
     * @param stores unions, members, mandates, instances, the audit trail and the clock
     * @param ledgers the ledgers
     * @param grants the requests and their evidence
     * @param bylaws the bylaws in force (the treasury's rules)
     * @param notifier tells treasurers and requesters
     * @param motions proposes the budget motion for a request above the bylaws' limit
     * @param motionRecords reads how the members decided it
     */
    @Inject
    public DefaultGrantService(Stores stores, Ledgers ledgers, GrantRequests grants, BylawsBook bylaws,
                               Notifier notifier, MotionService motions, Motions motionRecords) {
        this.stores = stores;
        this.ledgers = ledgers;
        this.books = new UnionBooks(stores, ledgers);
        this.grants = grants;
        this.bylaws = bylaws;
        this.notifier = notifier;
        this.motions = motions;
        this.motionRecords = motionRecords;
    }

    @Override
    public GrantView draft(Actor actor, String unionSlug, GrantClaim claim) {
        Union union = books.union(unionSlug);
        Powers powers = powers(actor);
        powers.requireInsider(union, "its treasury");
        Check.present(claim, "The request");
        Check.present(claim.kind(), "The kind of request");
        Ledger ledger = books.ledgerOf(union);
        Instant now = stores.time().now();
        GrantRequest request = switch (claim.kind()) {
            case MODERATION_LABOUR -> GrantRequest.moderationLabour(union.id(), actor.memberId(),
                    instance(union, claim.instance()).id(), claim.title(), claim.description(), claim.periodFrom(),
                    claim.periodTo(), claim.hours(), UnionBooks.money(claim.rate(), ledger, "The hourly rate"), now);
            case LEGAL_AID -> GrantRequest.legalAid(union.id(), actor.memberId(), claim.title(), claim.description(),
                    UnionBooks.money(claim.amount(), ledger, "The amount"), now);
        };
        grants.add(request);
        return view(request, union, powers);
    }

    @Override
    public GrantView revise(Actor actor, String requestId, GrantClaim claim) {
        GrantRequest request = lockedVisible(actor, requestId);
        Union union = unionOf(request);
        Check.present(claim, "The request");
        Ledger ledger = books.ledgerOf(union);
        if (request.kind() == GrantKind.MODERATION_LABOUR) {
            request.reviseLabour(actor.memberId(), instance(union, claim.instance()).id(), claim.title(),
                    claim.description(), claim.periodFrom(), claim.periodTo(), claim.hours(),
                    UnionBooks.money(claim.rate(), ledger, "The hourly rate"));
        } else {
            request.reviseCase(actor.memberId(), claim.title(), claim.description(),
                    UnionBooks.money(claim.amount(), ledger, "The amount"));
        }
        return view(request, union, powers(actor));
    }

    @Override
    public EvidenceView addLink(Actor actor, String requestId, String label, String link) {
        GrantRequest request = lockedVisible(actor, requestId);
        request.requireEvidenceFrom(actor.memberId(), grants.evidenceCount(request.id()));
        GrantEvidence evidence = GrantEvidence.link(request.id(), label, link, stores.time().now());
        grants.addEvidence(evidence, Optional.empty());
        return evidenceView(evidence);
    }

    @Override
    public EvidenceView addFile(Actor actor, String requestId, String fileName, String claimedType, byte[] content) {
        GrantRequest request = lockedVisible(actor, requestId);
        request.requireEvidenceFrom(actor.memberId(), grants.evidenceCount(request.id()));
        Check.present(content, "The file");
        GrantEvidence evidence = GrantEvidence.file(request.id(), fileName, claimedType, content,
                stores.time().now());
        grants.addEvidence(evidence, Optional.of(content));
        return evidenceView(evidence);
    }

    @Override
    public void removeEvidence(Actor actor, String requestId, String evidenceId) {
        GrantRequest request = lockedVisible(actor, requestId);
        request.requireEvidenceRemovableBy(actor.memberId());
        grants.removeEvidence(evidenceOf(request, evidenceId));
    }

    @Override
    public EvidenceFile evidenceFile(Actor actor, String requestId, String evidenceId) {
        GrantRequest request = visible(actor, requestId, grants.find(id(requestId)));
        if (!seesEvidence(request, powers(actor))) {
            throw new NotFound("There is no such evidence.");
        }
        GrantEvidence evidence = evidenceOf(request, evidenceId);
        byte[] content = evidence.mediaType().flatMap(type -> grants.content(evidence.id()))
                .orElseThrow(() -> new NotFound("This evidence is a link, not a file."));
        return new EvidenceFile(evidence.label(), evidence.mediaType().orElseThrow(), content);
    }

    @Override
    public GrantView submit(Actor actor, String requestId) {
        GrantRequest request = lockedVisible(actor, requestId);
        Union union = unionOf(request);
        TreasuryRules rules = rules(union);
        if (rules.needsMotion(request.amount().minorUnits()) && request.isRequester(actor.memberId())) {
            return referToMembers(actor, request, union, rules);
        }
        request.submit(actor.memberId(), rules, grants.evidenceCount(request.id()), stores.time().now());
        audit(Optional.of(actor.memberId()), AuditAction.GRANT_SUBMITTED, union, request,
                "asks " + request.amount() + " from " + request.kind().fund() + "; needs " + request.approvalsNeeded()
                        + " approval" + (request.approvalsNeeded() == 1 ? "" : "s"));
        tellTreasurers(union, request, NotificationKind.GRANT_TO_APPROVE, Set.of(request.requester()),
                "waits for your approval: " + request.amount() + " from " + request.kind().fund() + ".");
        return view(request, union, powers(actor));
    }

    /**
     * A request above the bylaws' limit: the requester proposes the budget motion that decides it
     * and submits it for seconds, as for any motion; the amount is reserved until it is decided.
     */
    private GrantView referToMembers(Actor actor, GrantRequest request, Union union, TreasuryRules rules) {
        Ledger ledger = books.locked(union);
        LedgerAccountId payee = books.payee(ledger, request);
        MotionId motion = MotionId.of(motions.propose(actor, new ProposeMotion(MotionKind.BUDGET, MotionScope.UNION,
                union.slug(), motionTitle(request), motionText(request, rules))).id());
        motions.submit(actor, motion);
        request.referToMembers(actor.memberId(), rules, grants.evidenceCount(request.id()), payee, motion,
                stores.time().now());
        books.record(union, ledger, actor.memberId(),
                List.of(request.reservation(books.fund(ledger, request.kind().fund()))));
        audit(Optional.of(actor.memberId()), AuditAction.GRANT_SUBMITTED, union, request, "asks " + request.amount()
                + " from " + request.kind().fund() + ", above what the treasurers may approve: the members decide it "
                + "by motion " + motion + "; the amount is reserved meanwhile");
        return view(request, union, powers(actor));
    }

    private static String motionTitle(GrantRequest request) {
        return request.kind().confidential() ? "Legal aid of " + request.amount() : "Grant: " + request.title();
    }

    /** What the members decide; legal aid without a word of the case, which only the treasurers know. */
    private String motionText(GrantRequest request, TreasuryRules rules) {
        String limit = Amount.decimal(rules.motionAbove(), request.currency()) + " " + request.currency()
                .getCurrencyCode();
        String common = " The bylaws let the treasurers approve grants up to " + limit + "; this one is for the "
                + "members to decide. If the motion carries, a treasurer pays it; if it fails, the money reserved "
                + "for it is released. (Grant request " + request.id() + ".)";
        if (request.kind().confidential()) {
            return "The union pays " + request.amount() + " from the Legal Defence fund as legal aid. The case is "
                    + "confidential: the union's treasurers know it and vouch for the request." + common;
        }
        Instance instance = instanceOf(request);
        return "The union pays " + request.amount() + " from the Moderation Labour fund to the moderation team of "
                + instance.name() + " (" + instance.host() + ") for " + request.hours().orElseThrow().toPlainString()
                + " hours of moderation from " + request.periodFrom().orElseThrow() + " to "
                + request.periodTo().orElseThrow() + " at " + request.rate().orElseThrow() + " an hour. What was "
                + "done: " + request.description() + common;
    }

    @Override
    public int settleVotes() {
        Instant now = stores.time().now();
        int settled = 0;
        for (GrantRequest candidate : grants.withMembers()) {
            MotionStatus outcome = candidate.motion().flatMap(motionRecords::find).map(Motion::status)
                    .orElse(MotionStatus.DRAFT);
            if (!outcome.closed()) {
                continue;
            }
            GrantRequest request = grants.lock(candidate.id()).orElseThrow();
            if (request.status() != GrantStatus.WITH_MEMBERS) {
                continue;
            }
            Union union = unionOf(request);
            Optional<TransferOrder.VoidPending> release = request.settle(outcome, now);
            release.ifPresent(order -> books.recordByUnionhall(union, books.locked(union), List.of(order)));
            boolean carried = release.isEmpty();
            audit(Optional.empty(), carried ? AuditAction.GRANT_APPROVED : AuditAction.GRANT_REJECTED, union, request,
                    carried ? "approved by the members' motion " + request.motion().orElseThrow()
                            : "the members' motion " + outcome.label().toLowerCase(java.util.Locale.ROOT)
                            + "; its reservation was released");
            if (carried) {
                tellTreasurers(union, request, NotificationKind.GRANT_TO_PAY, Set.of(request.requester()),
                        "was approved by the members and waits to be paid.");
                tellRequester(request, "was approved by the members; a treasurer pays it next.");
            } else {
                tellRequester(request, "was not approved: " + request.note());
            }
            settled++;
        }
        return settled;
    }

    @Override
    public GrantView withdraw(Actor actor, String requestId) {
        GrantRequest request = lockedVisible(actor, requestId);
        Union union = unionOf(request);
        request.withdraw(actor.memberId(), stores.time().now());
        audit(Optional.of(actor.memberId()), AuditAction.GRANT_WITHDRAWN, union, request, "withdrawn");
        return view(request, union, powers(actor));
    }

    @Override
    public GrantView approve(Actor actor, String requestId) {
        GrantRequest request = lockedAsTreasurer(actor, requestId);
        Union union = unionOf(request);
        Instant now = stores.time().now();
        Ledger ledger = books.locked(union);
        LedgerAccountId payee = books.payee(ledger, request);
        boolean approved = request.approve(actor.memberId(), payee, now);
        audit(Optional.of(actor.memberId()), AuditAction.GRANT_APPROVED, union, request, "approval "
                + request.approvals().size() + " of " + request.approvalsNeeded()
                + (approved ? "; " + request.amount() + " reserved until " + day(request.reservedUntil().orElseThrow())
                : ""));
        if (approved) {
            books.record(union, ledger, actor.memberId(),
                    List.of(request.reservation(books.fund(ledger, request.kind().fund()))));
            Set<MemberId> notPaying = new HashSet<>();
            notPaying.add(request.requester());
            request.approvals().forEach(a -> notPaying.add(a.treasurer()));
            tellTreasurers(union, request, NotificationKind.GRANT_TO_PAY, notPaying,
                    "is approved and waits to be paid by a treasurer who did not approve it.");
            tellRequester(request, "was approved; " + request.amount() + " is reserved for it.");
        }
        return view(request, union, powers(actor));
    }

    @Override
    public GrantView returnForChanges(Actor actor, String requestId, String note) {
        GrantRequest request = lockedAsTreasurer(actor, requestId);
        Union union = unionOf(request);
        request.returnForChanges(actor.memberId(), note, stores.time().now());
        audit(Optional.of(actor.memberId()), AuditAction.GRANT_RETURNED, union, request, "returned for changes");
        tellRequester(request, "was returned for changes: " + request.note());
        return view(request, union, powers(actor));
    }

    @Override
    public GrantView reject(Actor actor, String requestId, String reason) {
        GrantRequest request = lockedAsTreasurer(actor, requestId);
        Union union = unionOf(request);
        Optional<TransferOrder.VoidPending> release = request.reject(actor.memberId(), reason, stores.time().now());
        release.ifPresent(order -> books.record(union, books.locked(union), actor.memberId(), List.of(order)));
        audit(Optional.of(actor.memberId()), AuditAction.GRANT_REJECTED, union, request,
                release.isPresent() ? "rejected; its reservation was released" : "rejected");
        tellRequester(request, "was rejected: " + request.note());
        return view(request, union, powers(actor));
    }

    @Override
    public GrantView pay(Actor actor, String requestId) {
        GrantRequest request = lockedAsTreasurer(actor, requestId);
        Union union = unionOf(request);
        TransferOrder.PostPending payment = request.pay(actor.memberId(), stores.time().now());
        books.record(union, books.locked(union),
                actor.memberId(), List.of(payment));
        audit(Optional.of(actor.memberId()), AuditAction.GRANT_PAID, union, request, "paid " + request.amount());
        tellRequester(request, "was paid: " + request.amount() + ".");
        return view(request, union, powers(actor));
    }

    @Override
    public GrantView request(Actor actor, String requestId) {
        GrantRequest request = visible(actor, requestId, grants.find(id(requestId)));
        return view(request, unionOf(request), powers(actor));
    }

    @Override
    public Page<GrantSummary> requests(Actor actor, String unionSlug, boolean mine, Set<GrantStatus> statuses,
                                       int page, int size) {
        Union union = books.union(unionSlug);
        Powers powers = powers(actor);
        powers.requireInsider(union, "its treasury");
        Page.checkRequest(page, size);
        Set<GrantStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(GrantStatus.class)
                : EnumSet.copyOf(statuses);
        if (!mine) {
            wanted.retainAll(SUBMITTED_OR_LATER);
        }
        if (wanted.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Set<GrantKind> kinds = mine || powers.isTreasurerOf(union.id()) ? EnumSet.allOf(GrantKind.class)
                : EnumSet.of(GrantKind.MODERATION_LABOUR);
        Optional<MemberId> requester = mine ? Optional.of(actor.memberId()) : Optional.empty();
        List<GrantRequest> rows = grants.ofUnion(union.id(), wanted, kinds, requester, page * size, size);
        Map<MemberId, String> names = stores.members().displayNames(new HashSet<>(rows.stream()
                .map(GrantRequest::requester).toList()));
        Map<InstanceId, String> instances = stores.instances().namesOfUnion(union.id());
        return new Page<>(rows.stream().map(r -> new GrantSummary(r.id().toString(), r.kind(), r.status(), r.title(),
                names.getOrDefault(r.requester(), ""), r.instance().map(instances::get).orElse(null),
                r.amount().toDecimal(), r.amount().currency().getCurrencyCode(), r.approvals().size(),
                r.approvalsNeeded(), r.createdAt(), r.submittedAt().orElse(null))).toList(), page, size,
                grants.countOfUnion(union.id(), wanted, kinds, requester));
    }

    @Override
    public int lapseDue() {
        Instant now = stores.time().now();
        List<GrantRequest> due = grants.approvedUntil(now, DefaultLedgerUpkeep.BATCH);
        for (GrantRequest candidate : due) {
            GrantRequest request = grants.lock(candidate.id()).orElseThrow();
            request.expire(now);
            audit(Optional.empty(), AuditAction.GRANT_EXPIRED, unionOf(request), request,
                    "expired unpaid; its reservation was released");
            tellRequester(request, "expired: it was approved but not paid before " + day(now)
                    + ". Submit it again to have it approved anew.");
        }
        return due.size();
    }

    // --- who may see and do what ------------------------------------------------------------

    /** The request if the caller may see it; otherwise, as if it did not exist, not found. */
    private GrantRequest visible(Actor actor, String requestId, Optional<GrantRequest> found) {
        Powers powers = powers(actor);
        return found.filter(r -> sees(r, powers)).orElseThrow(() -> new NotFound("There is no grant request "
                + Check.abbreviate(String.valueOf(requestId)) + " you may see."));
    }

    private GrantRequest lockedVisible(Actor actor, String requestId) {
        return visible(actor, requestId, grants.lock(id(requestId)));
    }

    private GrantRequest lockedAsTreasurer(Actor actor, String requestId) {
        GrantRequest request = lockedVisible(actor, requestId);
        powers(actor).requireTreasurer(unionOf(request));
        return request;
    }

    private static boolean sees(GrantRequest request, Powers powers) {
        if (request.isRequester(powers.member())) {
            return true;
        }
        if (request.status() == GrantStatus.DRAFT) {
            return false;
        }
        return powers.isTreasurerOf(request.unionId())
                || !request.kind().confidential() && powers.isInsider(request.unionId());
    }

    private static boolean seesEvidence(GrantRequest request, Powers powers) {
        return request.isRequester(powers.member()) || powers.isTreasurerOf(request.unionId());
    }

    private GrantView.Actions actions(GrantRequest r, Powers powers) {
        boolean mine = r.isRequester(powers.member());
        boolean editable = mine && (r.status() == GrantStatus.DRAFT || r.status() == GrantStatus.RETURNED);
        boolean treasurer = !mine && powers.isTreasurerOf(r.unionId());
        boolean approver = r.approvedBy(powers.member());
        return new GrantView.Actions(editable, editable,
                mine && EnumSet.of(GrantStatus.DRAFT, GrantStatus.SUBMITTED, GrantStatus.RETURNED).contains(r.status()),
                treasurer && !approver && r.status() == GrantStatus.SUBMITTED,
                treasurer && r.status() == GrantStatus.SUBMITTED,
                treasurer && (r.status() == GrantStatus.SUBMITTED || r.status() == GrantStatus.APPROVED),
                treasurer && !approver && r.status() == GrantStatus.APPROVED);
    }

    // --- the ledger's side ------------------------------------------------------------------

    private TreasuryRules rules(Union union) {
        return bylaws.inForceOfUnion(union.id()).map(b -> b.terms().treasury()).orElseGet(TreasuryRules::founding);
    }

    // --- telling people ---------------------------------------------------------------------

    private void tellTreasurers(Union union, GrantRequest request, NotificationKind kind, Set<MemberId> except,
                                String what) {
        List<MemberId> treasurers = new ArrayList<>();
        stores.mandates().ofUnion(union.id()).stream()
                .filter(m -> m.role() == MandateRole.TREASURER && m.chapterId().isEmpty()
                        && m.activeOn(stores.time().today()) && !except.contains(m.holder()))
                .forEach(m -> treasurers.add(m.holder()));
        notifier.notify(treasurers, kind, request.id(), subject(request) + " " + what);
    }

    private void tellRequester(GrantRequest request, String what) {
        notifier.notify(List.of(request.requester()), NotificationKind.GRANT_DECIDED, request.id(),
                "Your grant request \"" + request.title() + "\" " + what);
    }

    /** How a notification names a request: a legal-aid request by its kind only, never its case. */
    private static String subject(GrantRequest request) {
        return request.kind().confidential() ? "A legal-aid request" : "The grant request \"" + request.title() + "\"";
    }

    private void audit(Optional<MemberId> actor, AuditAction action, Union union, GrantRequest request,
                       String what) {
        String named = request.kind().confidential() ? "legal-aid request " + request.id()
                : "grant request " + request.id() + " (\"" + Check.abbreviate(request.title()) + "\")";
        stores.audit().append(new AuditEntry(actor, action, Optional.empty(), union.id(), Optional.empty(), "",
                Character.toUpperCase(named.charAt(0)) + named.substring(1) + ": " + what, stores.time().now()));
    }

    // --- lookups and views ------------------------------------------------------------------

    private GrantView view(GrantRequest r, Union union, Powers powers) {
        Set<MemberId> people = new HashSet<>();
        people.add(r.requester());
        r.approvals().forEach(a -> people.add(a.treasurer()));
        r.decidedBy().ifPresent(people::add);
        Map<MemberId, String> names = stores.members().displayNames(people);
        Optional<Instance> instance = r.instance().map(id -> instanceOf(r, id));
        boolean reserved = r.budgetRound().isEmpty() && (r.status() == GrantStatus.WITH_MEMBERS
                || r.approvedAt().isPresent() && r.status() != GrantStatus.SUBMITTED
                && r.status() != GrantStatus.RETURNED);
        return new GrantView(r.id().toString(), union.slug(), r.kind(), r.status(), r.title(), r.description(),
                names.getOrDefault(r.requester(), ""), r.isRequester(powers.member()),
                instance.map(Instance::host).orElse(null), instance.map(Instance::name).orElse(null),
                r.periodFrom().orElse(null), r.periodTo().orElse(null),
                r.hours().map(h -> h.toPlainString()).orElse(null), r.rate().map(Amount::toDecimal).orElse(null),
                r.amount().toDecimal(), r.amount().currency().getCurrencyCode(), r.kind().fund(), r.approvalsNeeded(),
                r.approvals().stream().map(a -> new GrantView.Approval(names.getOrDefault(a.treasurer(), ""),
                        a.approvedAt())).toList(), r.reservedUntil().orElse(null), r.note(),
                r.decidedBy().map(m -> names.getOrDefault(m, "")).orElse(null), r.createdAt(),
                r.submittedAt().orElse(null), r.approvedAt().orElse(null), r.closedAt().orElse(null),
                reserved ? r.id().transfer("reservation").toString() : null,
                r.status() == GrantStatus.PAID ? r.id().transfer("payment").toString() : null,
                r.motion().map(Object::toString).orElse(null), r.budgetRound().map(Object::toString).orElse(null),
                seesEvidence(r, powers) ? grants.evidence(r.id()).stream().map(DefaultGrantService::evidenceView)
                        .toList() : List.of(), actions(r, powers));
    }

    private static EvidenceView evidenceView(GrantEvidence e) {
        return new EvidenceView(e.id().toString(), e.label(), e.link().orElse(null), e.mediaType().orElse(null),
                e.size().orElse(null), e.sha256().orElse(null), e.addedAt());
    }

    private GrantEvidence evidenceOf(GrantRequest request, String evidenceId) {
        return grants.evidence(Check.uuid(evidenceId, "evidence")).filter(e -> e.requestId().equals(request.id()))
                .orElseThrow(() -> new NotFound("There is no such evidence."));
    }

    private Instance instance(Union union, String host) {
        String wanted = Check.text(host, "The instance", 253).toLowerCase(java.util.Locale.ROOT);
        return stores.instances().ofUnion(union.id()).stream().filter(i -> i.host().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInput(union.name() + " does not work with an instance called \""
                        + Check.abbreviate(wanted) + "\"; a steward adds the instances the union works with."));
    }

    private Instance instanceOf(GrantRequest request) {
        return instanceOf(request, request.instance().orElseThrow());
    }

    private Instance instanceOf(GrantRequest request, InstanceId id) {
        return stores.instances().ofUnion(request.unionId(), id).orElseThrow();
    }

    private static String day(Instant at) {
        return at.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    private Powers powers(Actor actor) {
        return actor.powers(stores);
    }

    private static GrantRequestId id(String requestId) {
        return GrantRequestId.of(requestId);
    }

    private Union unionOf(GrantRequest request) {
        return stores.unions().find(request.unionId()).orElseThrow();
    }

}
