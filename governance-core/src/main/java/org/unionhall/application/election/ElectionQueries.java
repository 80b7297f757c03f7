package org.unionhall.application.election;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.TrackingCodes;
import org.unionhall.crypto.ballot.VotingOpened;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.receipt.Receipt;
import org.unionhall.crypto.receipt.ReceiptJudgement;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.domain.election.BoardLine;
import org.unionhall.domain.election.CeremonyMessage;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionTrustee;
import org.unionhall.domain.election.Elections;
import org.unionhall.domain.election.Voter;
import org.unionhall.domain.membership.MemberId;

/**
 * Reading elections: an election with the caller's standing, the elections of a scope, the
 * bulletin board, receipts checked against it, turnout for quorum warnings, and the result.
 * Who may read what is stated on {@link ElectionService}.
 */
final class ElectionQueries {
    private static final int MAX_BOARD_PAGE = 1000;

    private final ElectionLookup lookup;
    private final Stores stores;
    private final Elections elections;

    ElectionQueries(ElectionLookup lookup) {
        this.lookup = lookup;
        this.stores = lookup.stores;
        this.elections = lookup.elections;
    }

    ElectionView view(Optional<Actor> actor, ElectionId id) {
        Election e = lookup.election(id);
        ElectionLookup.Scope scope = lookup.scopeOf(e);
        boolean insider = actor.map(a -> a.powers(stores).isInsider(scope.union().id())).orElse(false);
        List<ElectionTrustee> trustees = elections.trustees(id, e.ceremonyRound());
        List<CeremonyMessage> messages = elections.messages(id, e.ceremonyRound());
        Set<Integer> decrypted = new HashSet<>();
        elections.decryptions(id).forEach(d -> decrypted.add(d.trustee()));
        // Who the trustees are is the union's business, as its mandates are: outsiders see numbers.
        Map<MemberId, String> names = insider ? stores.members().displayNames(trustees.stream()
                .map(ElectionTrustee::member).toList()) : Map.of();
        List<ElectionView.TrusteeView> trusteeViews = trustees.stream().map(t -> new ElectionView.TrusteeView(
                t.index(), insider ? t.member().toString() : "", names.getOrDefault(t.member(), ""),
                ElectionLookup.has(messages, CeremonyMessage.Kind.ANNOUNCEMENT, t.index()),
                ElectionLookup.has(messages, CeremonyMessage.Kind.SHARES, t.index()), decrypted.contains(t.index()))).toList();
        ElectionView.MyStatus me = actor.map(a -> {
            Optional<Voter> voter = elections.voter(id, a.memberId());
            Optional<Integer> index = trustees.stream().filter(t -> t.member().equals(a.memberId()))
                    .map(ElectionTrustee::index).findFirst();
            return new ElectionView.MyStatus(true, lookup.eligible(a, scope), voter.isPresent(),
                    voter.map(Voter::hasVoted).orElse(false), index, lookup.stewards(a, scope));
        }).orElse(new ElectionView.MyStatus(false, false, false, false, Optional.empty(), false));
        return new ElectionView(e.id().toString(), e.title(), e.subjectKind(), e.subjectId(), e.phase(),
                e.opensAt(), e.closesAt(), scope.kind(), scope.slug(), scope.name(), e.manifestJson(),
                e.contextJson(), e.ceremonyRound(), elections.complaints(id).size(), trusteeViews, e.threshold(), elections.rollSize(id),
                e.boardSize(), e.eligibleCount(), me);
    }

    Turnout turnout(ElectionId id) {
        Election e = lookup.election(id);
        List<Voter> voters = elections.voters(id);
        return new Turnout(e.phase(), e.eligibleCount(), voters.stream().filter(Voter::hasVoted).count(),
                voters.stream().filter(v -> !v.hasVoted()).map(Voter::member).toList());
    }

    String scopeName(Actor actor, String scopeSlug) {
        return insidersScope(actor, scopeSlug).name();
    }

    private ElectionLookup.Scope insidersScope(Actor actor, String scopeSlug) {
        ElectionLookup.Scope scope = lookup.scope(scopeSlug);
        actor.powers(stores).requireInsider(scope.union(), "what it votes on");
        return scope;
    }

    List<ElectionSummary> elections(Actor actor, String scopeSlug) {
        ElectionLookup.Scope scope = insidersScope(actor, scopeSlug);
        List<Election> list = scope.chapter().map(c -> elections.ofChapter(c.id()))
                .orElseGet(() -> elections.ofUnion(scope.union().id()));
        Map<String, ElectionLookup.Scope> scopes = new LinkedHashMap<>();
        return list.stream().map(e -> {
            ElectionLookup.Scope s = scopes.computeIfAbsent(e.chapterId().map(Object::toString).orElse(e.unionId().toString()),
                    k -> lookup.scopeOf(e));
            return new ElectionSummary(e.id().toString(), e.title(), e.subjectKind(), e.phase(), s.slug(), s.name(),
                    e.opensAt(), e.closesAt(), e.openedAt(), e.closedAt());
        }).toList();
    }

    List<BoardLineView> board(ElectionId id, long fromSeq, int limit) {
        lookup.election(id);
        int size = Math.max(1, Math.min(limit, MAX_BOARD_PAGE));
        return elections.board(id, Math.max(1, fromSeq), size).stream().map(ElectionQueries::lineView).toList();
    }

    Optional<BoardLineView> findOnBoard(ElectionId id, String trackingCode) {
        lookup.election(id);
        if (trackingCode == null || trackingCode.isBlank()) {
            return Optional.empty();
        }
        byte[] code;
        try {
            code = TrackingCodes.parseTyped(trackingCode);
        } catch (InvalidInputException notACode) {
            return Optional.empty();
        }
        return elections.byCode(id, Bytes.encode(code)).map(ElectionQueries::lineView);
    }

    Map<Long, Long> replacedOnBoard(ElectionId id, long fromSeq, long toSeq) {
        lookup.election(id);
        return elections.replacements(id, fromSeq, toSeq);
    }

    ReceiptVerdict checkReceipt(ElectionId id, String receiptText) {
        Election e = lookup.election(id);
        byte[] he = lookup.context(e).extendedHash();
        Receipt receipt;
        try {
            receipt = Receipt.parse(receiptText);
        } catch (InvalidInputException notAReceipt) {
            return new ReceiptVerdict(ReceiptVerdict.Outcome.UNREADABLE, OptionalLong.empty(), Optional.empty(),
                    Optional.empty(), OptionalLong.empty(), "unreadable, not a receipt: " + notAReceipt.getMessage());
        }
        Optional<VotingOpened> opened = ElectionLookup.declaredContext(e).opened();
        ReceiptJudgement j = ReceiptJudgement.judge(receipt, he, opened.map(VotingOpened::boardKey),
                new StoredBoard(elections, id, e.boardSize(), ElectionLookup.genesis(he, opened)));
        ReceiptVerdict.Outcome outcome = switch (j.finding()) {
            case MATCHED -> ReceiptVerdict.Outcome.CONFIRMED;
            case NO_BOARD_KEY -> ReceiptVerdict.Outcome.NO_BOARD_KEY;
            case OTHER_ELECTION -> ReceiptVerdict.Outcome.OTHER_ELECTION;
            case FORGED -> ReceiptVerdict.Outcome.FORGED;
            case FORK -> ReceiptVerdict.Outcome.FORK;
            case MOVED -> ReceiptVerdict.Outcome.MOVED;
            case STATE_CHANGED -> ReceiptVerdict.Outcome.STATE_CHANGED;
            case MISSING -> ReceiptVerdict.Outcome.MISSING;
        };
        return new ReceiptVerdict(outcome, OptionalLong.of(receipt.seq()),
                Optional.of(TrackingCodes.grouped(receipt.code())), Optional.of(receipt.state().label()), j.foundAt(),
                j.reason());
    }

    private static BoardLineView lineView(BoardLine l) {
        return new BoardLineView(l.seq(), l.code(), l.state(), l.line());
    }

    ResultView result(ElectionId id) {
        Election e = lookup.election(id);
        Manifest m = ElectionLookup.manifest(e);
        List<ResultView.ContestResult> contests = e.resultJson()
                .map(r -> ElectionTally.contestResults(m, RecordCodec.result(Json.parse(r), m))).orElse(List.of());
        long counted = 0;
        long weight = 0;
        if (e.tallyJson().isPresent()) {
            Map<?, ?> t = (Map<?, ?>) Json.parse(e.tallyJson().get());
            counted = (Long) t.get("ballotsCounted");
            weight = (Long) t.get("totalWeight");
        }
        Optional<ResultView.ReportView> report = e.reportJson().map(ElectionQueries::reportView);
        return new ResultView(e.id().toString(), e.title(), e.subjectKind(), e.subjectId(), e.phase(), contests,
                counted, weight, e.eligibleCount(), e.eligibleBasis(), e.opensAt(), e.closesAt(), e.openedAt(),
                e.closedAt(), report, e.publishedAt());
    }

    private static ResultView.ReportView reportView(String json) {
        Map<?, ?> r = (Map<?, ?>) Json.parse(json);
        List<ResultView.CheckView> checks = new ArrayList<>();
        for (Object o : (List<?>) r.get("checks")) {
            Map<?, ?> c = (Map<?, ?>) o;
            checks.add(new ResultView.CheckView((String) c.get("id"), (String) c.get("section"),
                    (String) c.get("title"), (String) c.get("meaning"), (String) c.get("status"),
                    (Long) c.get("checked"), (Long) c.get("failed"),
                    ((List<?>) c.get("failures")).stream().map(String::valueOf).toList()));
        }
        return new ResultView.ReportView(Boolean.TRUE.equals(r.get("passed")), checks);
    }
}
