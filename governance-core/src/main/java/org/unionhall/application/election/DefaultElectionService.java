package org.unionhall.application.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.crypto.ballot.BallotChecker;
import org.unionhall.crypto.ballot.BallotOpening;
import org.unionhall.crypto.ballot.BallotProblem;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.Contest;
import org.unionhall.crypto.ballot.ContestMethod;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.EncryptedBallot;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.Roll;
import org.unionhall.crypto.ballot.RollEntry;
import org.unionhall.crypto.ballot.TrackingCodes;
import org.unionhall.crypto.ballot.VotingOpened;
import org.unionhall.crypto.receipt.BoardKey;
import org.unionhall.crypto.receipt.Receipt;
import org.unionhall.crypto.receipt.ReceiptJudgement;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.proof.EqualityProof;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.record.RecordFormatException;
import org.unionhall.crypto.record.RecordLayout;
import org.unionhall.crypto.tally.Decryption;
import org.unionhall.crypto.tally.ElectionResult;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.KeyCeremony;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.crypto.verify.CheckResult;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.crypto.verify.Verifier;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.audit.AuditEntry;
import org.unionhall.domain.election.BoardLine;
import org.unionhall.domain.election.CeremonyMessage;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.ElectionTrustee;
import org.unionhall.domain.election.Elections;
import org.unionhall.domain.election.RollCredential;
import org.unionhall.domain.election.TrusteeDecryption;
import org.unionhall.domain.election.Voter;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;

/**
 * The secret member ballot on the server, on top of {@code ballot-crypto}: every public part of
 * every message is decoded by its record codec at the edge and checked by its checker before
 * anything is kept.
 *
 * <p>Ballot intake checks a ballot (binding, shape, signature, proofs, roll) outside any
 * transaction and lock, against the public part of the open election kept in memory (its
 * context and roll cannot change once voting opened), so checks run in parallel and hold no
 * database connection. Only the append (replay check, next tracking code, board row, board head,
 * "has voted") runs under the election's row lock, so concurrent ballots serialise on every node
 * of a cluster. Ballots checked at the same time are appended as a group under one lock and one
 * commit ({@link BallotQueue}); each is answered only after the commit that made it durable.
 *
 * <p>Key ceremony faults: a complaint is judged from public data (protocol §6.4). The trustee at
 * fault (the sender of a wrong share, or the author of a false complaint) is excluded and the
 * ceremony restarts with the remaining trustees renumbered 1..n−1 under a new manifest, as the
 * protocol says; if fewer than t would remain, the election is cancelled. Complaints are taken
 * until voting opens (a trustee checks the shares sent to it after the last one arrived).
 *
 * <p>No choice ever reaches the server; nothing here logs a ballot or an opening.
 */
@ApplicationScoped
@Transactional
public class DefaultElectionService implements ElectionService {
    private static final Pattern OPTION = Pattern.compile("contest '([^']*)' option (\\d+)");
    private static final int MAX_BOARD_PAGE = 1000;
    /** The protocol version of new elections (docs/protocol.md): 2 signs a receipt for every ballot. */
    private static final int PROTOCOL_VERSION = 2;

    private Stores stores;
    private Elections elections;
    private Consumer<ElectionPublished> published;
    private OwnTransaction transactions;
    private final Map<String, CachedContext> contexts = new ConcurrentHashMap<>();
    private final Map<String, OpenBox> openBoxes = new ConcurrentHashMap<>();
    private final Map<String, BallotQueue<Checked>> queues = new ConcurrentHashMap<>();
    private final AtomicLong appendTransactions = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    private record CachedContext(String json, ElectionContext context) {
    }

    /**
     * The public part of an election that was seen taking ballots. Once voting opened its context
     * is final and its roll frozen (registration needs phase REGISTRATION under the election's
     * lock), so this never goes stale; whether a ballot is still taken is decided under the lock.
     */
    private record OpenBox(String title, Instant closesAt, ElectionContext context, Set<String> roll,
                           Optional<BoardKey> boardKey) {
    }

    private static final int MAX_OPEN_BOXES = 32;

    /** A ballot that passed every check, waiting to be appended. */
    private static final class Checked extends BallotQueue.Waiting {
        final Actor actor;
        final OpenBox box;
        final EncryptedBallot ballot;
        final byte[] digest;
        final String digestText;
        final BoardEntry.State state;
        final Optional<BallotOpening> opening;
        final Instant arrived;

        Checked(Actor actor, OpenBox box, EncryptedBallot ballot, byte[] digest, BoardEntry.State state,
                Optional<BallotOpening> opening, Instant arrived) {
            this.actor = actor;
            this.box = box;
            this.ballot = ballot;
            this.digest = digest;
            this.digestText = Bytes.encode(digest);
            this.state = state;
            this.opening = opening;
            this.arrived = arrived;
        }
    }

    /** For CDI's proxy. */
    protected DefaultElectionService() {
    }

    /** The container's service: results are announced as CDI events; ballots are appended in groups. */
    @Inject
    public DefaultElectionService(Stores stores, Elections elections, Event<ElectionPublished> event,
                                  OwnTransaction transactions) {
        this(stores, elections, event::fire, transactions);
    }

    /**
     * A service that hands published results to the given consumer and runs in its caller's
     * transactions (tests, tools): ballots are appended one at a time, made durable by the caller.
     */
    public DefaultElectionService(Stores stores, Elections elections, Consumer<ElectionPublished> published) {
        this(stores, elections, published, OwnTransaction.callers());
    }

    /**
     * A service that hands published results to the given consumer and runs ballot intake in
     * transactions of its own; {@code elections} must then reach the database of the current
     * transaction from any thread, as the container's entity manager does.
     */
    public DefaultElectionService(Stores stores, Elections elections, Consumer<ElectionPublished> published,
                                  OwnTransaction transactions) {
        this.stores = stores;
        this.elections = elections;
        this.published = published;
        this.transactions = transactions;
    }

    // ---- preparing -------------------------------------------------------------------------------

    @Override
    public ElectionId prepare(Actor actor, PrepareElection request) {
        Check.present(request, "The election");
        Scope scope = scope(request.scopeSlug());
        if (!stewards(actor, scope)) {
            throw new AccessDenied("Only a steward of " + scope.name() + " may prepare a secret ballot there "
                    + "(members call one by proposing a motion).");
        }
        List<MemberId> trustees = request.trustees();
        if (trustees.isEmpty() || trustees.size() > Election.MAX_TRUSTEES) {
            throw new InvalidInput("An election names between 1 and " + Election.MAX_TRUSTEES + " trustees.");
        }
        if (new HashSet<>(trustees).size() != trustees.size()) {
            throw new InvalidInput("A member can be named trustee only once.");
        }
        for (MemberId t : trustees) {
            if (!stores.memberships().isActiveInUnion(t, scope.union().id())) {
                throw new InvalidInput("Every trustee must be an active member of " + scope.union().name() + ".");
            }
        }
        if (request.contests().isEmpty() || request.contests().size() > Election.MAX_QUESTIONS) {
            throw new InvalidInput("An election asks between 1 and " + Election.MAX_QUESTIONS + " questions.");
        }
        for (ContestSpec c : request.contests()) {
            if (c.options() == null || c.options().size() > Election.MAX_OPTIONS) {
                throw new InvalidInput("A question offers at most " + Election.MAX_OPTIONS + " options.");
            }
        }
        ElectionId id = ElectionId.generate();
        String title = Check.text(request.title(), "The title", 200);
        List<Contest> contests = new ArrayList<>();
        for (ContestSpec c : request.contests()) {
            contests.add(contest(c));
        }
        Manifest manifest;
        try {
            manifest = new Manifest(id.toString(), title, contests, trustees.size(), request.threshold(),
                    PROTOCOL_VERSION);
        } catch (InvalidInputException e) {
            throw new InvalidInput("These election settings are not valid: " + e.getMessage() + ".");
        }
        Election election = new Election(id, scope.union().id(), scope.chapter().map(Chapter::id),
                request.subjectKind(), request.subjectId(), title, Json.write(RecordCodec.manifest(manifest)),
                trustees.size(), request.threshold(), request.opensAt(), request.closesAt(), stores.time().now());
        elections.add(election);
        for (int i = 0; i < trustees.size(); i++) {
            elections.add(new ElectionTrustee(id, 1, i + 1, trustees.get(i)));
        }
        audit(Optional.of(actor.memberId()), AuditAction.ELECTION_PREPARED, election,
                "Secret member ballot prepared: " + trustees.size() + " trustees, threshold " + request.threshold()
                        + ", voting " + election.opensAt() + " to " + election.closesAt() + ".");
        return id;
    }

    private static Contest contest(ContestSpec c) {
        try {
            ContestMethod method = ContestMethod.of(Check.text(c.method(), "The method", 40));
            return new Contest(Check.text(c.id(), "The question id", 60), Check.text(c.question(), "The question",
                    500), method, c.options().stream().map(o -> Check.text(o, "An option", 200)).toList(), c.min(),
                    c.max(), c.range());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("The question \"" + Check.abbreviate(String.valueOf(c.id())) + "\" is not valid: "
                    + e.getMessage() + ".");
        }
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Override
    public ElectionView view(Optional<Actor> actor, ElectionId id) {
        Election e = election(id);
        Scope scope = scopeOf(e);
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
                has(messages, CeremonyMessage.Kind.ANNOUNCEMENT, t.index()),
                has(messages, CeremonyMessage.Kind.SHARES, t.index()), decrypted.contains(t.index()))).toList();
        ElectionView.MyStatus me = actor.map(a -> {
            Optional<Voter> voter = elections.voter(id, a.memberId());
            Optional<Integer> index = trustees.stream().filter(t -> t.member().equals(a.memberId()))
                    .map(ElectionTrustee::index).findFirst();
            return new ElectionView.MyStatus(true, eligible(a, scope), voter.isPresent(),
                    voter.map(Voter::hasVoted).orElse(false), index, stewards(a, scope));
        }).orElse(new ElectionView.MyStatus(false, false, false, false, Optional.empty(), false));
        return new ElectionView(e.id().toString(), e.title(), e.subjectKind(), e.subjectId(), e.phase(),
                e.opensAt(), e.closesAt(), scope.kind(), scope.slug(), scope.name(), e.manifestJson(),
                e.contextJson(), e.ceremonyRound(), elections.complaints(id).size(), trusteeViews, e.threshold(), elections.rollSize(id),
                e.boardSize(), e.eligibleCount(), me);
    }

    private static boolean has(List<CeremonyMessage> messages, CeremonyMessage.Kind kind, int sender) {
        return messages.stream().anyMatch(m -> m.kind() == kind && m.sender() == sender);
    }

    @Override
    public Turnout turnout(ElectionId id) {
        Election e = election(id);
        List<Voter> voters = elections.voters(id);
        return new Turnout(e.phase(), e.eligibleCount(), voters.stream().filter(Voter::hasVoted).count(),
                voters.stream().filter(v -> !v.hasVoted()).map(Voter::member).toList());
    }

    @Override
    public List<ElectionSummary> elections(Actor actor, String scopeSlug) {
        Scope scope = scope(scopeSlug);
        actor.powers(stores).requireInsider(scope.union(), "what it votes on");
        List<Election> list = scope.chapter().map(c -> elections.ofChapter(c.id()))
                .orElseGet(() -> elections.ofUnion(scope.union().id()));
        Map<String, Scope> scopes = new LinkedHashMap<>();
        return list.stream().map(e -> {
            Scope s = scopes.computeIfAbsent(e.chapterId().map(Object::toString).orElse(e.unionId().toString()),
                    k -> scopeOf(e));
            return new ElectionSummary(e.id().toString(), e.title(), e.subjectKind(), e.phase(), s.slug(), s.name(),
                    e.opensAt(), e.closesAt(), e.openedAt(), e.closedAt());
        }).toList();
    }

    @Override
    public CeremonyView ceremony(Actor actor, ElectionId id) {
        Election e = election(id);
        actor.powers(stores).requireInsider(scopeOf(e).union(), "the key ceremony of its elections");
        List<String> announcements = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        for (CeremonyMessage m : elections.messages(id, e.ceremonyRound())) {
            if (m.kind() == CeremonyMessage.Kind.ANNOUNCEMENT) {
                announcements.add(m.body());
            } else if (m.kind() == CeremonyMessage.Kind.SHARES) {
                for (Object s : (List<?>) Json.parse(m.body())) {
                    shares.add(Json.write(s));
                }
            }
        }
        List<String> complaints = elections.complaints(id).stream().map(c -> c.verdict().orElse("")).toList();
        return new CeremonyView(e.ceremonyRound(), announcements, shares, complaints);
    }

    // ---- key ceremony ----------------------------------------------------------------------------

    @Override
    public void announce(Actor actor, ElectionId id, Object announcement) {
        Election e = locked(id);
        e.requirePhase(ElectionPhase.CEREMONY, "take a trustee announcement");
        int index = trusteeIndex(actor, e);
        Manifest manifest = manifest(e);
        TrusteeAnnouncement a = read("This announcement",
                () -> RecordCodec.ceremony(Map.of("announcements", List.of(announcement), "shares", List.of()))
                        .announcements().get(0));
        if (a.trustee() != index) {
            throw new InvalidInput("This announcement is signed as trustee " + a.trustee() + ", but you are trustee "
                    + index + " of this election.");
        }
        Optional<String> problem = a.problem(manifest.baseHash(), manifest.trustees(), manifest.threshold());
        if (problem.isPresent()) {
            throw new InvalidInput("This announcement does not check: " + problem.get() + " (protocol §6.2).");
        }
        List<CeremonyMessage> messages = elections.messages(id, e.ceremonyRound());
        if (has(messages, CeremonyMessage.Kind.ANNOUNCEMENT, index)) {
            throw new RuleViolation("You already announced your keys in this ceremony round.");
        }
        Object body = ((List<?>) RecordCodec.ceremony(List.of(a), List.of()).get("announcements")).get(0);
        elections.add(new CeremonyMessage(id, e.ceremonyRound(), CeremonyMessage.Kind.ANNOUNCEMENT, index,
                Json.write(body), Optional.empty()));
        fixKeyWhenComplete(e);
    }

    @Override
    public void sendShares(Actor actor, ElectionId id, List<Object> shares) {
        Election e = locked(id);
        e.requirePhase(ElectionPhase.CEREMONY, "take encrypted shares");
        int index = trusteeIndex(actor, e);
        int n = e.trusteeCount();
        List<CeremonyMessage> messages = elections.messages(id, e.ceremonyRound());
        long announced = messages.stream().filter(m -> m.kind() == CeremonyMessage.Kind.ANNOUNCEMENT).count();
        if (announced < n) {
            throw new RuleViolation("Only " + announced + " of " + n + " trustees have announced their keys; shares "
                    + "are sent once all have.");
        }
        if (has(messages, CeremonyMessage.Kind.SHARES, index)) {
            throw new RuleViolation("You already sent your shares in this ceremony round.");
        }
        List<EncryptedShare> parsed = new ArrayList<>(read("These shares",
                () -> RecordCodec.ceremony(Map.of("announcements", List.of(), "shares", shares)).shares()));
        parsed.sort(Comparator.comparingInt(EncryptedShare::to));
        Set<Integer> to = new HashSet<>();
        for (EncryptedShare s : parsed) {
            if (s.from() != index) {
                throw new InvalidInput("A share is marked as from trustee " + s.from() + ", but you are trustee "
                        + index + ".");
            }
            if (s.to() < 1 || s.to() > n || s.to() == index || !to.add(s.to())) {
                throw new InvalidInput("Send exactly one share to each other trustee (1.." + n + ", not yourself); "
                        + "a share for trustee " + s.to() + " is not expected.");
            }
        }
        if (parsed.size() != n - 1) {
            throw new InvalidInput("Send exactly one share to each of the " + (n - 1) + " other trustees ("
                    + parsed.size() + " sent).");
        }
        Object body = RecordCodec.ceremony(List.of(), parsed).get("shares");
        elections.add(new CeremonyMessage(id, e.ceremonyRound(), CeremonyMessage.Kind.SHARES, index,
                Json.write(body), Optional.empty()));
        fixKeyWhenComplete(e);
    }

    private void fixKeyWhenComplete(Election e) {
        Transcript t = transcript(e);
        if (t.announcements().size() < e.trusteeCount() || t.senders() < e.trusteeCount()) {
            return;
        }
        Manifest m = manifest(e);
        Optional<String> problem = KeyCeremony.problem(m.baseHash(), m.trustees(), m.threshold(), t.announcements(),
                t.shares());
        if (problem.isPresent()) {
            throw new RuleViolation("The key ceremony transcript does not check: " + problem.get() + " (protocol §6).");
        }
        e.keyFixed();
        audit(Optional.empty(), AuditAction.ELECTION_PHASE_CHANGED, e,
                "Key ceremony complete: the joint election key is fixed; registration of voting keys is open.");
    }

    @Override
    public String complain(Actor actor, ElectionId id, Object complaint) {
        Election e = locked(id);
        if (e.phase() != ElectionPhase.CEREMONY && e.phase() != ElectionPhase.REGISTRATION) {
            throw new RuleViolation("Complaints about shares are taken until voting opens; the election \""
                    + e.title() + "\" is " + e.describePhase() + ".");
        }
        int index = trusteeIndex(actor, e);
        ShareComplaint c = read("This complaint", () -> complaintOf(complaint));
        if (c.to() != index) {
            throw new InvalidInput("A complaint is made by the trustee the share was sent to; you are trustee " + index
                    + ", the complaint names trustee " + c.to() + ".");
        }
        Transcript t = transcript(e);
        Optional<EncryptedShare> share = t.shares().stream().filter(s -> s.from() == c.from() && s.to() == c.to())
                .findFirst();
        Optional<TrusteeAnnouncement> sender = t.announcement(c.from());
        Optional<TrusteeAnnouncement> recipient = t.announcement(c.to());
        if (share.isEmpty() || sender.isEmpty() || recipient.isEmpty()) {
            throw new RuleViolation("There is no share from trustee " + c.from() + " to trustee " + c.to()
                    + " in this ceremony round to complain about.");
        }
        KeyCeremony.Verdict verdict = KeyCeremony.judge(manifest(e).baseHash(), c, share.get(), sender.get(),
                recipient.get());
        int atFault = verdict == KeyCeremony.Verdict.SENDER_AT_FAULT ? c.from() : c.to();
        List<ElectionTrustee> trustees = elections.trustees(id, e.ceremonyRound());
        MemberId faulty = trustees.stream().filter(x -> x.index() == atFault).findFirst().orElseThrow().member();
        String faultyName = stores.members().displayNames(List.of(faulty)).getOrDefault(faulty, "trustee " + atFault);
        String words = verdict == KeyCeremony.Verdict.SENDER_AT_FAULT
                ? "Round " + e.ceremonyRound() + ": the share trustee " + c.from() + " (" + faultyName + ") sent to "
                + "trustee " + c.to() + " is wrong (protocol §6.4); trustee " + c.from() + " is excluded."
                : "Round " + e.ceremonyRound() + ": trustee " + c.to() + " (" + faultyName + ") complained about a "
                + "correct share from trustee " + c.from() + " (protocol §6.4); trustee " + c.to() + " is excluded.";
        Map<String, Object> body = new TreeMap<>();
        body.put("from", (long) c.from());
        body.put("to", (long) c.to());
        body.put("sharedSecret", Bytes.encode(c.sharedSecret().encode()));
        body.put("proof", Bytes.encode(c.proof().encode()));
        elections.add(new CeremonyMessage(id, e.ceremonyRound(), CeremonyMessage.Kind.COMPLAINT, index,
                Json.write(body), Optional.of(words)));
        audit(Optional.of(actor.memberId()), AuditAction.ELECTION_TRUSTEE_EXCLUDED, e, words);
        if (!e.canLoseATrustee()) {
            e.cancel();
            String cancelled = words + " Fewer than " + e.threshold() + " trustees would remain, so the election is "
                    + "cancelled.";
            audit(Optional.empty(), AuditAction.ELECTION_PHASE_CHANGED, e, cancelled);
            return cancelled;
        }
        Manifest old = manifest(e);
        Manifest next = new Manifest(old.election(), old.title(), old.contests(), old.trustees() - 1, old.threshold(),
                old.version());
        List<MemberId> remaining = trustees.stream().filter(x -> x.index() != atFault).map(ElectionTrustee::member)
                .toList();
        e.restartCeremony(Json.write(RecordCodec.manifest(next)));
        for (int i = 0; i < remaining.size(); i++) {
            elections.add(new ElectionTrustee(id, e.ceremonyRound(), i + 1, remaining.get(i)));
        }
        String restarted = words + " The key ceremony restarts (round " + e.ceremonyRound() + ") with "
                + remaining.size() + " trustees.";
        audit(Optional.empty(), AuditAction.ELECTION_PHASE_CHANGED, e, restarted);
        return restarted;
    }

    private static ShareComplaint complaintOf(Object json) {
        if (!(json instanceof Map<?, ?> m) || !new HashSet<>(List.of("from", "to", "sharedSecret", "proof"))
                .equals(m.keySet())) {
            throw new InvalidInputException("a complaint has exactly the fields from, to, sharedSecret and proof");
        }
        return new ShareComplaint(smallInt(m.get("from")), smallInt(m.get("to")),
                GroupElement.decode(Bytes.decode(string(m.get("sharedSecret")))),
                EqualityProof.decode(Bytes.decode(string(m.get("proof")))));
    }

    private static int smallInt(Object v) {
        if (!(v instanceof Long l) || l < 1 || l > Election.MAX_TRUSTEES) {
            throw new InvalidInputException("a trustee number must be a whole number from 1 to " + Election.MAX_TRUSTEES);
        }
        return l.intValue();
    }

    private static String string(Object v) {
        if (!(v instanceof String s)) {
            throw new InvalidInputException("a value that must be base64url text is missing or not text");
        }
        return s;
    }

    // ---- registration, opening, closing ----------------------------------------------------------

    @Override
    public void register(Actor actor, ElectionId id, String credential) {
        Election e = locked(id);
        Scope scope = scopeOf(e);
        if (!eligible(actor, scope)) {
            throw new AccessDenied("Only active members of " + scope.name() + " may vote in \"" + e.title() + "\".");
        }
        if (e.phase() == ElectionPhase.OPEN) {
            throw new RuleViolation("The roll of \"" + e.title() + "\" was frozen when voting opened; voting keys "
                    + "can no longer be registered.");
        }
        e.requirePhase(ElectionPhase.REGISTRATION, "register a voting key");
        GroupElement x = read("This voting key", () -> GroupElement.decode(Bytes.decode(Check.text(credential,
                "The voting key", 100))));
        String encoded = Bytes.encode(x.encode());
        if (elections.voter(id, actor.memberId()).isPresent()) {
            throw new RuleViolation("You already registered a voting key for \"" + e.title() + "\"; one member has one "
                    + "key. If you lost it, you cannot vote in this election.");
        }
        if (elections.weightOf(id, encoded).isPresent()) {
            throw new RuleViolation("This voting key is already on the roll; create a new one.");
        }
        unique(() -> {
            elections.add(new Voter(id, actor.memberId()));
            elections.add(new RollCredential(id, encoded, 1));
        }, "You already registered a voting key for \"" + e.title() + "\".");
    }

    @Override
    public ElectionView open(Actor actor, ElectionId id) {
        Election e = locked(id);
        requireSteward(actor, e);
        if (elections.rollSize(id) == 0) {
            throw new RuleViolation("No member has registered a voting key for \"" + e.title() + "\" yet; voting "
                    + "cannot open with an empty roll.");
        }
        openNow(e, Optional.of(actor.memberId()));
        return view(Optional.of(actor), id);
    }

    private void openNow(Election e, Optional<MemberId> by) {
        e.requirePhase(ElectionPhase.REGISTRATION, "open voting");
        Manifest m = manifest(e);
        Transcript t = transcript(e);
        byte[] hb = m.baseHash();
        GroupElement key = KeyCeremony.jointKey(t.announcements());
        byte[] ceremonyDigest = KeyCeremony.digest(hb, t.announcements(), t.shares());
        byte[] rollDigest = roll(e.id()).digest(hb);
        ElectionContext context = ElectionContext.create(m, key, ceremonyDigest, rollDigest);
        long eligible = elections.eligibleCount(e.unionId(), e.chapterId());
        String basis = eligibleBasis(scopeOf(e));
        Instant now = stores.time().now();
        Optional<BoardKey> boardKey = m.version() >= 2 ? Optional.of(BoardKey.generate(random)) : Optional.empty();
        Optional<VotingOpened> opened = boardKey.map(b -> new VotingOpened(b.publicKey(),
                now.truncatedTo(ChronoUnit.SECONDS).toString(), eligible, basis));
        String contextJson = Json.write(RecordCodec.context(new RecordCodec.DeclaredContext(hb, key, ceremonyDigest,
                rollDigest, context.extendedHash(), opened)));
        e.open(contextJson, Bytes.encode(genesis(context.extendedHash(), opened)), eligible, basis,
                boardKey.map(b -> Bytes.encode(b.secret())), now);
        audit(by, AuditAction.ELECTION_PHASE_CHANGED, e, "Voting opened: the roll of " + elections.rollSize(e.id())
                + " voting keys is frozen; " + eligible + " members are eligible.");
    }

    @Override
    public ElectionView close(Actor actor, ElectionId id) {
        Election e = locked(id);
        requireSteward(actor, e);
        closeNow(e, Optional.of(actor.memberId()));
        return view(Optional.of(actor), id);
    }

    private void closeNow(Election e, Optional<MemberId> by) {
        e.requirePhase(ElectionPhase.OPEN, "close voting");
        Manifest m = manifest(e);
        byte[] he = context(e).extendedHash();
        List<BoardEntry> board = new ArrayList<>();
        byte[] previous = genesis(he, declaredContext(e).opened());
        for (BoardLine line : elections.board(e.id(), 1, Integer.MAX_VALUE)) {
            RecordCodec.BoardLine read = RecordCodec.boardLine(Json.parse(line.line()), "board line " + line.seq(), m, he);
            board.add(new BoardEntry(read.chain().sequence(), previous, read.chain().code(), read.chain().state(),
                    read.ballot(), read.opening()));
            previous = read.chain().code();
        }
        if (EncryptedTally.counted(board).isEmpty()) {
            e.cancel();
            audit(by, AuditAction.ELECTION_PHASE_CHANGED, e, "Voting closed with no ballot cast; the election is "
                    + "cancelled and nothing is counted.");
            return;
        }
        EncryptedTally tally = EncryptedTally.compute(m, roll(e.id()), board);
        e.close(Json.write(RecordCodec.tally(tally)), stores.time().now());
        audit(by, AuditAction.ELECTION_PHASE_CHANGED, e, "Voting closed: " + e.boardSize() + " board entries, "
                + tally.ballotsCounted() + " ballots counted; the encrypted tally is fixed for the trustees.");
    }

    /**
     * Runs the opening and closing instants. Each due election is locked before it moves, so when
     * every node of a cluster runs this at once, one moves it and the others find it moved.
     */
    @Override
    public int advanceDue(Instant now) {
        int changed = 0;
        for (ElectionId id : elections.due(now)) {
            Election e = locked(id);
            if (e.dueToOpen(now)) {
                if (elections.rollSize(id) == 0) {
                    e.cancel();
                    audit(Optional.empty(), AuditAction.ELECTION_PHASE_CHANGED, e, "The opening time came and no "
                            + "member had registered a voting key; the election is cancelled.");
                } else {
                    openNow(e, Optional.empty());
                }
                changed++;
            } else if (e.dueToClose(now)) {
                closeNow(e, Optional.empty());
                changed++;
            }
        }
        return changed;
    }

    // ---- ballots ---------------------------------------------------------------------------------

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BallotReceipt cast(Actor actor, ElectionId id, Object ballot) {
        Instant now = stores.time().now();
        OpenBox box = openBox(id, now);
        EncryptedBallot b = read("This ballot", () -> RecordCodec.submittedBallot(ballot, box.context().manifest()));
        byte[] digest = check(box, b);
        return append(id, new Checked(actor, box, b, digest, BoardEntry.State.CAST, Optional.empty(), now));
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BallotReceipt challenge(Actor actor, ElectionId id, Object ballot, Object opening) {
        Instant now = stores.time().now();
        OpenBox box = openBox(id, now);
        ElectionContext context = box.context();
        EncryptedBallot b = read("This ballot", () -> RecordCodec.submittedBallot(ballot, context.manifest()));
        BallotOpening open = readOpening(ballot, opening, context);
        byte[] digest = check(box, b);
        Optional<String> problem = BallotChecker.openingProblem(context, b, open);
        if (problem.isPresent()) {
            throw new InvalidInput("This challenged ballot's opening does not match it: " + problem.get()
                    + " (protocol §8.4).");
        }
        return append(id, new Checked(actor, box, b, digest, BoardEntry.State.CHALLENGED, Optional.of(open), now));
    }

    /**
     * The open election's public part, from memory when this node has seen it taking ballots;
     * otherwise read (and kept) in a short transaction, or the refusal saying why no ballot is
     * taken now.
     */
    private OpenBox openBox(ElectionId id, Instant now) {
        OpenBox box = openBoxes.get(id.toString());
        if (box != null && now.isBefore(box.closesAt())) {
            return box;
        }
        return transactions.run(() -> {
            Election e = election(id);
            e.requireBallotsTakenAt(now);
            OpenBox fresh = new OpenBox(e.title(), e.closesAt(), context(e), Set.copyOf(elections.rollCredentials(id)),
                    e.boardSecret().map(b -> BoardKey.fromSecret(Bytes.decode(b))));
            if (openBoxes.size() >= MAX_OPEN_BOXES) {
                openBoxes.clear();
            }
            openBoxes.put(id.toString(), fresh);
            return fresh;
        });
    }

    private byte[] check(OpenBox box, EncryptedBallot b) {
        if (!box.roll().contains(Bytes.encode(b.credential().encode()))) {
            throw new RuleViolation("This ballot's voting key is not on the roll of \"" + box.title() + "\", so it "
                    + "cannot be taken (protocol §8.5, roll check).");
        }
        List<BallotProblem> problems = BallotChecker.problems(box.context(), b);
        if (!problems.isEmpty()) {
            throw new InvalidInput(describe(problems.get(0), box.context().manifest()));
        }
        return b.digest(box.context().extendedHash());
    }

    private BallotReceipt append(ElectionId id, Checked ballot) {
        if (!transactions.commitsOnItsOwn()) {
            answerAll(transactions.run(() -> appendLocked(id, List.of(ballot))));
            return ballot.receipt();
        }
        return queues.computeIfAbsent(id.toString(), k -> new BallotQueue<>())
                .submit(ballot, group -> appendGroup(id, group));
    }

    /**
     * Appends a group in one transaction and answers each ballot after the commit. If the
     * transaction fails, each ballot is tried alone, so a failure is only its own ballot's.
     */
    private void appendGroup(ElectionId id, List<Checked> group) {
        List<Runnable> answers;
        try {
            answers = transactions.run(() -> appendLocked(id, group));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                throw e;
            }
            for (Checked b : group) {
                try {
                    answerAll(transactions.run(() -> appendLocked(id, List.of(b))));
                } catch (RuntimeException alone) {
                    b.refuse(alone);
                }
            }
            return;
        }
        answerAll(answers);
    }

    private static void answerAll(List<Runnable> answers) {
        answers.forEach(Runnable::run);
    }

    /** Number of transactions that appended ballots on this node (a group is one). */
    long appendTransactions() {
        return appendTransactions.get();
    }

    /**
     * Under the election's lock: refuses late ballots, answers a ballot already on the board with
     * its entry (idempotent retry, or the same ballot from two tabs), and appends the others in
     * order. Returns the answers, to be given once the transaction committed.
     */
    private List<Runnable> appendLocked(ElectionId id, List<Checked> group) {
        appendTransactions.incrementAndGet();
        Election e = locked(id);
        Map<String, BoardLine> known = new HashMap<>();
        for (BoardLine line : elections.byDigests(id, group.stream().map(b -> b.digestText).distinct().toList())) {
            known.put(line.digest(), line);
        }
        List<Runnable> answers = new ArrayList<>(group.size());
        List<BoardLine> lines = new ArrayList<>();
        Set<MemberId> voted = new LinkedHashSet<>();
        byte[] previous = Bytes.decode(e.boardHead().orElseThrow());
        for (Checked b : group) {
            try {
                e.requireBallotsTakenAt(b.arrived);
            } catch (RuleViolation late) {
                answers.add(() -> b.refuse(late));
                continue;
            }
            BoardLine existing = known.get(b.digestText);
            if (existing != null) {
                if (!existing.state().equals(b.state.label())) {
                    RuleViolation refusal = new RuleViolation(existing.state().equals("challenged")
                            ? "This ballot was challenged and opened, so it can never be cast: encrypt your choice "
                            + "again (protocol §8.4)."
                            : "This ballot is already cast (entry " + existing.seq() + "); a cast ballot cannot be "
                            + "challenged.");
                    answers.add(() -> b.refuse(refusal));
                } else {
                    BallotReceipt again = new BallotReceipt(existing.seq(), existing.code(), existing.receipt(),
                            false);
                    answers.add(() -> b.answer(again));
                }
                continue;
            }
            long seq = e.boardSize() + 1;
            byte[] previousCode = previous;
            byte[] code = TrackingCodes.next(b.box.context().extendedHash(), previous, seq, b.state, b.digest);
            BoardEntry entry = new BoardEntry(seq, previous, code, b.state, b.ballot, b.opening);
            String codeText = Bytes.encode(code);
            Optional<String> signed = b.box.boardKey().map(key -> Receipt.sign(b.box.context().extendedHash(), key,
                    seq, b.state, previousCode, code, random).toJson());
            BoardLine line = new BoardLine(id, seq, codeText, b.state.label(), b.digestText,
                    Bytes.encode(b.ballot.credential().encode()), Json.write(RecordCodec.boardEntry(entry)), signed);
            lines.add(line);
            known.put(b.digestText, line);
            e.append(codeText);
            previous = code;
            if (b.state == BoardEntry.State.CAST) {
                voted.add(b.actor.memberId());
            }
            BallotReceipt receipt = new BallotReceipt(seq, codeText, signed, true);
            answers.add(() -> b.answer(receipt));
        }
        elections.addAll(lines);
        elections.markVoted(id, voted);
        return answers;
    }

    /** Reads an opening with the record codec, as the board line it becomes (§10.6). */
    @SuppressWarnings("unchecked")
    private static BallotOpening readOpening(Object ballot, Object opening, ElectionContext context) {
        return read("This ballot's opening", () -> {
            Map<String, Object> body = new TreeMap<>((Map<String, Object>) ballot);
            body.remove("election");
            Map<String, Object> line = new TreeMap<>();
            line.put("seq", 1L);
            line.put("code", Bytes.encode(new byte[32]));
            line.put("state", "challenged");
            line.put("ballot", body);
            line.put("opening", opening);
            return RecordCodec.boardLine(line, "challenge", context.manifest(), context.extendedHash()).opening()
                    .orElseThrow();
        });
    }

    private static String describe(BallotProblem p, Manifest manifest) {
        return switch (p.kind()) {
            case ELECTION -> "This ballot was made for another election: its election hash is not this election's "
                    + "(protocol §8.3, ballot binding check).";
            case STRUCTURE -> "This ballot does not have this election's questions and options (protocol §8.3, "
                    + "ballot shape check).";
            case SIGNATURE -> "This ballot's signature does not match its voting key (protocol §7.3, ballot signature "
                    + "check).";
            case SELECTION_PROOF -> {
                Matcher m = OPTION.matcher(p.message());
                String option = "?";
                if (m.find()) {
                    int oi = Integer.parseInt(m.group(2));
                    option = manifest.contests().stream().filter(c -> c.id().equals(m.group(1))).findFirst()
                            .filter(c -> oi < c.options().size()).map(c -> c.options().get(oi)).orElse(m.group(2));
                }
                yield "This ballot's proof for option '" + option + "' does not check (protocol §8.3, selection "
                        + "proof check).";
            }
            case CONTEST_PROOF -> "This ballot's proof that each question has an allowed number of selections does not "
                    + "check (protocol §8.3, contest limit check).";
        };
    }

    @Override
    public List<BoardLineView> board(ElectionId id, long fromSeq, int limit) {
        election(id);
        int size = Math.max(1, Math.min(limit, MAX_BOARD_PAGE));
        return elections.board(id, Math.max(1, fromSeq), size).stream().map(DefaultElectionService::lineView).toList();
    }

    @Override
    public Optional<BoardLineView> findOnBoard(ElectionId id, String trackingCode) {
        election(id);
        if (trackingCode == null || trackingCode.isBlank()) {
            return Optional.empty();
        }
        byte[] code;
        try {
            code = TrackingCodes.parseTyped(trackingCode);
        } catch (InvalidInputException notACode) {
            return Optional.empty();
        }
        return elections.byCode(id, Bytes.encode(code)).map(DefaultElectionService::lineView);
    }

    @Override
    public Map<Long, Long> replacedOnBoard(ElectionId id, long fromSeq, long toSeq) {
        election(id);
        return elections.replacements(id, fromSeq, toSeq);
    }

    @Override
    public ReceiptVerdict checkReceipt(ElectionId id, String receiptText) {
        Election e = election(id);
        byte[] he = context(e).extendedHash();
        Receipt receipt;
        try {
            receipt = Receipt.parse(receiptText);
        } catch (InvalidInputException notAReceipt) {
            return new ReceiptVerdict(ReceiptVerdict.Outcome.UNREADABLE, OptionalLong.empty(), Optional.empty(),
                    Optional.empty(), OptionalLong.empty(), "unreadable, not a receipt: " + notAReceipt.getMessage());
        }
        Optional<VotingOpened> opened = declaredContext(e).opened();
        ReceiptJudgement j = ReceiptJudgement.judge(receipt, he, opened.map(VotingOpened::boardKey),
                new StoredBoard(elections, id, e.boardSize(), genesis(he, opened)));
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

    // ---- tally, decryption, result ---------------------------------------------------------------

    @Override
    public String tally(ElectionId id) {
        Election e = election(id);
        return e.tallyJson().orElseThrow(() -> new RuleViolation("The encrypted tally of \"" + e.title()
                + "\" is computed when voting closes; the election is " + e.describePhase() + "."));
    }

    @Override
    public void decrypt(Actor actor, ElectionId id, Object partialDecryption) {
        Election e = locked(id);
        e.requirePhase(ElectionPhase.CLOSED, "take a partial decryption");
        int index = trusteeIndex(actor, e);
        Map<Integer, List<PartialDecryption>> parsed = read("This partial decryption",
                () -> RecordCodec.decryption(Map.of("trustees", List.of(partialDecryption))));
        List<PartialDecryption> partials = parsed.get(index);
        if (partials == null) {
            throw new InvalidInput("This partial decryption is marked as trustee " + parsed.keySet().iterator().next()
                    + "'s, but you are trustee " + index + ".");
        }
        List<TrusteeDecryption> received = elections.decryptions(id);
        if (received.stream().anyMatch(d -> d.trustee() == index)) {
            throw new RuleViolation("You already sent your partial decryption.");
        }
        ElectionContext context = context(e);
        EncryptedTally tally = RecordCodec.tally(Json.parse(e.tallyJson().orElseThrow()));
        Transcript t = transcript(e);
        GroupElement publicShare = KeyCeremony.publicShare(t.announcements(), index);
        Optional<String> problem = Decryption.problem(context, index, publicShare, tally, partials);
        if (problem.isPresent()) {
            throw new InvalidInput("Your partial decryption does not check: " + problem.get() + " (protocol §6.6).");
        }
        Object body = ((List<?>) RecordCodec.decryption(Map.of(index, partials)).get("trustees")).get(0);
        elections.add(new TrusteeDecryption(id, index, Json.write(body)));
        Map<Integer, List<PartialDecryption>> all = new TreeMap<>();
        for (TrusteeDecryption d : received) {
            all.putAll(RecordCodec.decryption(Map.of("trustees", List.of(Json.parse(d.body())))));
        }
        all.put(index, partials);
        if (all.size() >= e.threshold()) {
            publish(e, context, tally, all);
        }
    }

    private void publish(Election e, ElectionContext context, EncryptedTally tally,
                         Map<Integer, List<PartialDecryption>> partials) {
        Manifest m = context.manifest();
        ElectionResult result = Decryption.result(context, tally, Decryption.combine(e.threshold(), tally, partials));
        String resultJson = Json.write(RecordCodec.result(m, result));
        Map<String, byte[]> files = recordFiles(e);
        files.put(RecordLayout.DECRYPTION, Json.bytes(RecordCodec.decryption(partials)));
        files.put(RecordLayout.RESULT, resultJson.getBytes(StandardCharsets.UTF_8));
        VerificationReport report = verify(files);
        e.publish(resultJson, Json.write(reportJson(report)), stores.time().now());
        audit(Optional.empty(), AuditAction.ELECTION_PHASE_CHANGED, e, "Result published from " + partials.size()
                + " of " + e.trusteeCount() + " trustees' decryptions; the record was verified: "
                + (report.passed() ? "every check passed." : "SOME CHECKS FAILED."));
        List<ResultView.ContestResult> contests = contestResults(m, result);
        published.accept(new ElectionPublished(e.id(), e.subjectKind(), e.subjectId(), contests,
                tally.ballotsCounted(), e.eligibleCount().orElse(0L)));
    }

    private static List<ResultView.ContestResult> contestResults(Manifest m, ElectionResult result) {
        List<ResultView.ContestResult> out = new ArrayList<>();
        for (int ci = 0; ci < m.contests().size(); ci++) {
            Contest c = m.contests().get(ci);
            out.add(new ResultView.ContestResult(c.id(), c.question(), c.options(), result.counts().get(ci)));
        }
        return out;
    }

    private static VerificationReport verify(Map<String, byte[]> files) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("unionhall-record-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            return Verifier.verify(dir);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the election record for verification", ex);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind holds only public record files.
        }
    }

    private static Map<String, Object> reportJson(VerificationReport report) {
        List<Object> checks = new ArrayList<>();
        for (CheckResult c : report.checks()) {
            Map<String, Object> o = new TreeMap<>();
            o.put("id", c.id());
            o.put("section", c.section());
            o.put("title", c.title());
            o.put("meaning", c.meaning());
            o.put("status", c.status().name());
            o.put("checked", c.checked());
            o.put("failed", c.failed());
            o.put("failures", new ArrayList<Object>(c.failures()));
            checks.add(o);
        }
        Map<String, Object> o = new TreeMap<>();
        o.put("passed", report.passed());
        o.put("checks", checks);
        o.put("facts", new TreeMap<String, Object>(report.facts()));
        return o;
    }

    @Override
    public ResultView result(ElectionId id) {
        Election e = election(id);
        Manifest m = manifest(e);
        List<ResultView.ContestResult> contests = e.resultJson()
                .map(r -> contestResults(m, RecordCodec.result(Json.parse(r), m))).orElse(List.of());
        long counted = 0;
        long weight = 0;
        if (e.tallyJson().isPresent()) {
            Map<?, ?> t = (Map<?, ?>) Json.parse(e.tallyJson().get());
            counted = (Long) t.get("ballotsCounted");
            weight = (Long) t.get("totalWeight");
        }
        Optional<ResultView.ReportView> report = e.reportJson().map(DefaultElectionService::reportView);
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

    @Override
    public byte[] recordZip(ElectionId id) {
        Election e = election(id);
        Map<String, byte[]> files = recordFiles(e);
        if (e.phase() == ElectionPhase.PUBLISHED) {
            List<TrusteeDecryption> received = elections.decryptions(id);
            List<Object> trustees = new ArrayList<>();
            received.forEach(d -> trustees.add(Json.parse(d.body())));
            files.put(RecordLayout.DECRYPTION, Json.bytes(Map.of("trustees", trustees)));
            files.put(RecordLayout.RESULT, e.resultJson().orElseThrow().getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /** The record files up to the tally (protocol §10), once voting has opened. */
    private Map<String, byte[]> recordFiles(Election e) {
        String context = e.contextJson().orElseThrow(() -> new RuleViolation("The election record of \"" + e.title()
                + "\" starts when voting opens; the election is " + e.describePhase() + "."));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(RecordLayout.ELECTION, e.manifestJson().getBytes(StandardCharsets.UTF_8));
        files.put(RecordLayout.CONTEXT, context.getBytes(StandardCharsets.UTF_8));
        Transcript t = transcript(e);
        files.put(RecordLayout.CEREMONY, Json.bytes(RecordCodec.ceremony(t.announcements(), t.shares())));
        StringBuilder roll = new StringBuilder();
        for (RollEntry r : roll(e.id()).entries()) {
            roll.append(Json.write(RecordCodec.rollEntry(r))).append('\n');
        }
        files.put(RecordLayout.ROLL, roll.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder board = new StringBuilder();
        for (BoardLine line : elections.board(e.id(), 1, Integer.MAX_VALUE)) {
            board.append(line.line()).append('\n');
        }
        files.put(RecordLayout.BOARD, board.toString().getBytes(StandardCharsets.UTF_8));
        e.tallyJson().ifPresent(t2 -> files.put(RecordLayout.TALLY, t2.getBytes(StandardCharsets.UTF_8)));
        if (manifest(e).version() >= 2) {
            e.closedAt().ifPresent(closed -> files.put(RecordLayout.CLOSING,
                    Json.bytes(RecordCodec.closing(closed.toString()))));
        }
        return files;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private record Scope(Union union, Optional<Chapter> chapter) {
        ScopeKind kind() {
            return chapter.isPresent() ? ScopeKind.CHAPTER : ScopeKind.UNION;
        }

        String slug() {
            return chapter.map(Chapter::slug).orElse(union.slug());
        }

        String name() {
            return chapter.map(Chapter::name).orElse(union.name());
        }
    }

    private Scope scope(String slug) {
        String s = Check.slug(slug, "The union or chapter");
        Optional<Chapter> chapter = stores.chapters().findBySlug(s);
        if (chapter.isPresent()) {
            return new Scope(stores.unions().find(chapter.get().unionId()).orElseThrow(), chapter);
        }
        return new Scope(stores.unions().findBySlug(s).orElseThrow(() -> new NotFound("There is no union or chapter \""
                + s + "\".")), Optional.empty());
    }

    private Scope scopeOf(Election e) {
        Union union = stores.unions().find(e.unionId()).orElseThrow();
        return new Scope(union, e.chapterId().map(c -> stores.chapters().find(c).orElseThrow()));
    }

    /** code_0: in version 2 it binds the board key and what was fixed at the opening (protocol §8.5). */
    private static byte[] genesis(byte[] extendedHash, Optional<VotingOpened> opened) {
        return opened.map(o -> TrackingCodes.genesis(extendedHash, o)).orElseGet(() -> TrackingCodes.genesis(extendedHash));
    }

    private static RecordCodec.DeclaredContext declaredContext(Election e) {
        return RecordCodec.context(Json.parse(e.contextJson().orElseThrow()));
    }

    /** Who {@link Elections#eligibleCount} counts, in the words the record publishes. */
    private static String eligibleBasis(Scope scope) {
        return "active members of " + scope.chapter().map(c -> "the chapter " + c.name() + " of " + scope.union().name())
                .orElse("the union " + scope.union().name()) + " when voting opened";
    }

    /** Whether the caller is an active member of the election's scope, and so may vote. */
    private boolean eligible(Actor actor, Scope scope) {
        Powers powers = actor.powers(stores);
        return scope.chapter().map(c -> powers.isMemberOf(c.id()))
                .orElseGet(() -> powers.isMemberOfUnion(scope.union().id()));
    }

    private boolean stewards(Actor actor, Scope scope) {
        Powers powers = actor.powers(stores);
        return scope.chapter().map(powers::stewards).orElseGet(() -> powers.stewardsUnion(scope.union().id()));
    }

    private void requireSteward(Actor actor, Election e) {
        Scope scope = scopeOf(e);
        if (!stewards(actor, scope)) {
            throw new AccessDenied("Only a steward of " + scope.name() + " may open or close its voting.");
        }
    }

    private Election election(ElectionId id) {
        return elections.find(id).orElseThrow(() -> new NotFound("There is no election " + id + "."));
    }

    private Election locked(ElectionId id) {
        return elections.lock(id).orElseThrow(() -> new NotFound("There is no election " + id + "."));
    }

    private int trusteeIndex(Actor actor, Election e) {
        return elections.trustees(e.id(), e.ceremonyRound()).stream()
                .filter(t -> t.member().equals(actor.memberId())).map(ElectionTrustee::index).findFirst()
                .orElseThrow(() -> new AccessDenied("Only the named trustees of \"" + e.title() + "\" may send this."));
    }

    private static Manifest manifest(Election e) {
        return RecordCodec.manifest(Json.parse(e.manifestJson()));
    }

    private ElectionContext context(Election e) {
        String json = e.contextJson().orElseThrow(() -> new RuleViolation("The election \"" + e.title() + "\" is "
                + e.describePhase() + "; its election context is fixed when voting opens."));
        CachedContext cached = contexts.get(e.id().toString());
        if (cached != null && cached.json().equals(json)) {
            return cached.context();
        }
        RecordCodec.DeclaredContext d = RecordCodec.context(Json.parse(json));
        ElectionContext context = ElectionContext.create(manifest(e), d.jointKey(), d.ceremonyDigest(),
                d.rollDigest());
        contexts.put(e.id().toString(), new CachedContext(json, context));
        return context;
    }

    /** The roll in the order of its published file: by the credential's text, never by registration. */
    private Roll roll(ElectionId id) {
        List<RollCredential> rows = new ArrayList<>(elections.roll(id));
        rows.sort(Comparator.comparing(RollCredential::credential));
        return new Roll(rows.stream().map(r -> new RollEntry(GroupElement.decode(Bytes.decode(r.credential())),
                r.weight())).toList());
    }

    private record Transcript(List<TrusteeAnnouncement> announcements, List<EncryptedShare> shares, int senders) {
        Optional<TrusteeAnnouncement> announcement(int index) {
            return announcements.stream().filter(a -> a.trustee() == index).findFirst();
        }
    }

    private Transcript transcript(Election e) {
        List<Object> announcements = new ArrayList<>();
        List<Object> shares = new ArrayList<>();
        int senders = 0;
        for (CeremonyMessage m : elections.messages(e.id(), e.ceremonyRound())) {
            if (m.kind() == CeremonyMessage.Kind.ANNOUNCEMENT) {
                announcements.add(Json.parse(m.body()));
            } else if (m.kind() == CeremonyMessage.Kind.SHARES) {
                shares.addAll((List<?>) Json.parse(m.body()));
                senders++;
            }
        }
        RecordCodec.Ceremony c = RecordCodec.ceremony(Map.of("announcements", announcements, "shares", shares));
        List<TrusteeAnnouncement> as = new ArrayList<>(c.announcements());
        as.sort(Comparator.comparingInt(TrusteeAnnouncement::trustee));
        List<EncryptedShare> ss = new ArrayList<>(c.shares());
        ss.sort(Comparator.comparingInt(EncryptedShare::from).thenComparingInt(EncryptedShare::to));
        return new Transcript(as, ss, senders);
    }

    /** Decodes a value from outside with ballot-crypto's codec; any refusal becomes a message for a person. */
    private static <T> T read(String what, java.util.function.Supplier<T> decode) {
        try {
            return decode.get();
        } catch (RuntimeException e) {
            if (!(e instanceof IllegalArgumentException || e instanceof RecordFormatException
                    || e instanceof ClassCastException || e instanceof NullPointerException)) {
                throw e;
            }
            String reason = e instanceof InvalidInputException || e instanceof RecordFormatException
                    ? e.getMessage() : "a field is missing or has the wrong type";
            throw new InvalidInput(what + " cannot be read: " + reason + ".");
        }
    }

    private void unique(Runnable store, String refusal) {
        try {
            store.run();
        } catch (PersistenceException ex) {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    throw new RuleViolation(refusal);
                }
            }
            throw ex;
        }
    }

    private void audit(Optional<MemberId> actor, AuditAction action, Election e, String detail) {
        String d = detail.length() <= 300 ? detail : detail.substring(0, 299) + "…";
        stores.audit().append(new AuditEntry(actor, action, Optional.empty(), e.unionId(), e.chapterId(),
                "Election \"" + e.title() + "\" (" + e.id() + ")", d, stores.time().now()));
    }
}
