package org.unionhall.application.election;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.application.UniqueRule;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.VotingOpened;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.receipt.BoardKey;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.KeyCeremony;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.election.BoardLine;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.Elections;
import org.unionhall.domain.election.RollCredential;
import org.unionhall.domain.election.Voter;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.RuleViolation;

/**
 * From registration to the close (protocol §7, §8.1): members register their voting keys, and
 * voting opens (the roll frozen, the context and the board key fixed) and closes (the weighted
 * encrypted tally fixed) at a steward's word or at the election's own instants.
 */
final class VotingPeriod {
    private final ElectionLookup lookup;
    private final Stores stores;
    private final Elections elections;
    private final SecureRandom random = new SecureRandom();

    VotingPeriod(ElectionLookup lookup) {
        this.lookup = lookup;
        this.stores = lookup.stores;
        this.elections = lookup.elections;
    }

    void register(Actor actor, ElectionId id, String credential) {
        Election e = lookup.locked(id);
        ElectionLookup.Scope scope = lookup.scopeOf(e);
        if (!lookup.eligible(actor, scope)) {
            throw new AccessDenied("Only active members of " + scope.name() + " may vote in \"" + e.title() + "\".");
        }
        if (e.phase() == ElectionPhase.OPEN) {
            throw new RuleViolation("The roll of \"" + e.title() + "\" was frozen when voting opened; voting keys "
                    + "can no longer be registered.");
        }
        e.requirePhase(ElectionPhase.REGISTRATION, "register a voting key");
        GroupElement x = ElectionLookup.read("This voting key", () -> GroupElement.decode(Bytes.decode(Check.text(credential,
                "The voting key", 100))));
        String encoded = Bytes.encode(x.encode());
        if (elections.voter(id, actor.memberId()).isPresent()) {
            throw new RuleViolation("You already registered a voting key for \"" + e.title() + "\"; one member has one "
                    + "key. If you lost it, you cannot vote in this election.");
        }
        if (elections.weightOf(id, encoded).isPresent()) {
            throw new RuleViolation("This voting key is already on the roll; create a new one.");
        }
        UniqueRule.store(() -> {
            elections.add(new Voter(id, actor.memberId()));
            elections.add(new RollCredential(id, encoded, 1));
        }, "You already registered a voting key for \"" + e.title() + "\".");
    }

    void open(Actor actor, ElectionId id) {
        Election e = lookup.locked(id);
        lookup.requireSteward(actor, e);
        if (elections.rollSize(id) == 0) {
            throw new RuleViolation("No member has registered a voting key for \"" + e.title() + "\" yet; voting "
                    + "cannot open with an empty roll.");
        }
        openNow(e, Optional.of(actor.memberId()));
    }

    private void openNow(Election e, Optional<MemberId> by) {
        e.requirePhase(ElectionPhase.REGISTRATION, "open voting");
        Manifest m = ElectionLookup.manifest(e);
        ElectionLookup.Transcript t = lookup.transcript(e);
        byte[] hb = m.baseHash();
        GroupElement key = KeyCeremony.jointKey(t.announcements());
        byte[] ceremonyDigest = KeyCeremony.digest(hb, t.announcements(), t.shares());
        byte[] rollDigest = lookup.roll(e.id()).digest(hb);
        ElectionContext context = ElectionContext.create(m, key, ceremonyDigest, rollDigest);
        long eligible = elections.eligibleCount(e.unionId(), e.chapterId());
        String basis = ElectionLookup.eligibleBasis(lookup.scopeOf(e));
        Instant now = stores.time().now();
        Optional<BoardKey> boardKey = m.version() >= 2 ? Optional.of(BoardKey.generate(random)) : Optional.empty();
        Optional<VotingOpened> opened = boardKey.map(b -> new VotingOpened(b.publicKey(),
                now.truncatedTo(ChronoUnit.SECONDS).toString(), eligible, basis));
        String contextJson = Json.write(RecordCodec.context(new RecordCodec.DeclaredContext(hb, key, ceremonyDigest,
                rollDigest, context.extendedHash(), opened)));
        e.open(contextJson, Bytes.encode(ElectionLookup.genesis(context.extendedHash(), opened)), eligible, basis,
                boardKey.map(b -> Bytes.encode(b.secret())), now);
        lookup.audit(by, AuditAction.ELECTION_PHASE_CHANGED, e, "Voting opened: the roll of " + elections.rollSize(e.id())
                + " voting keys is frozen; " + eligible + " members are eligible.");
    }

    void close(Actor actor, ElectionId id) {
        Election e = lookup.locked(id);
        lookup.requireSteward(actor, e);
        closeNow(e, Optional.of(actor.memberId()));
    }

    private void closeNow(Election e, Optional<MemberId> by) {
        e.requirePhase(ElectionPhase.OPEN, "close voting");
        Manifest m = ElectionLookup.manifest(e);
        byte[] he = lookup.context(e).extendedHash();
        List<BoardEntry> board = new ArrayList<>();
        byte[] previous = ElectionLookup.genesis(he, ElectionLookup.declaredContext(e).opened());
        for (BoardLine line : elections.board(e.id(), 1, Integer.MAX_VALUE)) {
            RecordCodec.BoardLine read = RecordCodec.boardLine(Json.parse(line.line()), "board line " + line.seq(), m, he);
            board.add(new BoardEntry(read.chain().sequence(), previous, read.chain().code(), read.chain().state(),
                    read.ballot(), read.opening()));
            previous = read.chain().code();
        }
        if (EncryptedTally.counted(board).isEmpty()) {
            e.cancel();
            lookup.audit(by, AuditAction.ELECTION_PHASE_CHANGED, e, "Voting closed with no ballot cast; the election is "
                    + "cancelled and nothing is counted.");
            return;
        }
        EncryptedTally tally = EncryptedTally.compute(m, lookup.roll(e.id()), board);
        e.close(Json.write(RecordCodec.tally(tally)), stores.time().now());
        lookup.audit(by, AuditAction.ELECTION_PHASE_CHANGED, e, "Voting closed: " + e.boardSize() + " board entries, "
                + tally.ballotsCounted() + " ballots counted; the encrypted tally is fixed for the trustees.");
    }

    /**
     * Runs the opening and closing instants. Each due election is locked before it moves, so when
     * every node of a cluster runs this at once, one moves it and the others find it moved.
     */
    int advanceDue(Instant now) {
        int changed = 0;
        for (ElectionId id : elections.due(now)) {
            Election e = lookup.locked(id);
            if (e.dueToOpen(now)) {
                if (elections.rollSize(id) == 0) {
                    e.cancel();
                    lookup.audit(Optional.empty(), AuditAction.ELECTION_PHASE_CHANGED, e, "The opening time came and no "
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
}
