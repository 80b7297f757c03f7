package org.unionhall.application.election;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.unionhall.application.Actor;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.tally.Decryption;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.membership.MemberId;

/**
 * Runs the trustees' and voters' side of an election against the service with ballot-crypto's
 * own Java roles ({@code Trustee}, {@code Booth}, {@code Credential}), passing every message in
 * its record form as the browser would.
 */
public final class ElectionDriver {
    /** A transaction around a service call, as the container gives one. */
    public interface Tx {
        <T> T call(Supplier<T> work);
    }

    final ElectionService service;
    final Tx tx;
    final SecureRandom random = new SecureRandom();
    ElectionId id;
    final List<Actor> trusteeActors = new ArrayList<>();
    /** A member of the election's union, who may read its trustees' member ids. */
    Actor insider;
    final List<Trustee> trustees = new ArrayList<>();

    public ElectionDriver(ElectionService service, Tx tx) {
        this.service = service;
        this.tx = tx;
    }

    ElectionId prepare(Actor by, String scope, List<Actor> trustees, int threshold, Instant now) {
        trusteeActors.clear();
        trusteeActors.addAll(trustees);
        insider = by;
        id = tx.call(() -> service.prepare(by, new PrepareElection(SubjectKind.MOTION, "motion-" + random.nextInt(1000),
                "Adopt the 2026 budget", scope, List.of(ContestSpec.yesNoAbstain("motion", "Adopt the 2026 budget?")),
                trustees.stream().map(Actor::memberId).toList(), threshold, now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(2)))));
        return id;
    }

    /**
     * Drives an election prepared elsewhere (by a motion's schedule), reading its trustees as the
     * given insider: trustees' member ids are shown to the union's members and stewards only.
     */
    public void follow(ElectionId election, Actor unionInsider) {
        id = election;
        insider = unionInsider;
    }

    ElectionView view(Optional<Actor> who) {
        return tx.call(() -> service.view(who, id));
    }

    Manifest manifest() {
        return RecordCodec.manifest(Json.parse(view(Optional.empty()).electionJson()));
    }

    /** Every trustee announces (message 1), in order. */
    List<TrusteeAnnouncement> announceAll() {
        Manifest m = manifest();
        trustees.clear();
        List<TrusteeAnnouncement> out = new ArrayList<>();
        for (int i = 0; i < m.trustees(); i++) {
            Trustee t = new Trustee(i + 1, m.trustees(), m.threshold(), m.baseHash(), random);
            trustees.add(t);
            TrusteeAnnouncement a = t.announce();
            out.add(a);
            Actor who = trusteeActorOf(i + 1);
            tx.call(() -> {
                service.announce(who, id, ProtocolMessages.announcement(announcementJson(a)));
                return null;
            });
        }
        return out;
    }

    Actor trusteeActorOf(int index) {
        String member = view(Optional.of(insider)).trustees().get(index - 1).memberId();
        return new Actor(MemberId.of(member));
    }

    static Object announcementJson(TrusteeAnnouncement a) {
        return ((List<?>) RecordCodec.ceremony(List.of(a), List.of()).get("announcements")).get(0);
    }

    static List<Object> sharesJson(List<EncryptedShare> shares) {
        return new ArrayList<>((List<?>) RecordCodec.ceremony(List.of(), shares).get("shares"));
    }

    void sendShares(int index, List<EncryptedShare> shares) {
        Actor who = trusteeActorOf(index);
        tx.call(() -> {
            service.sendShares(who, id, ProtocolMessages.shares(sharesJson(shares)));
            return null;
        });
    }

    /** A complete, honest ceremony. */
    public void ceremony() {
        List<TrusteeAnnouncement> announcements = announceAll();
        List<EncryptedShare> all = new ArrayList<>();
        for (Trustee t : trustees) {
            List<EncryptedShare> shares = t.sharesFor(announcements);
            all.addAll(shares);
            sendShares(t.index(), shares);
        }
        for (Trustee t : trustees) {
            if (!t.receive(announcements, all).isEmpty() || !t.holdsKeyShare()) {
                throw new AssertionError("an honest ceremony produced a complaint");
            }
        }
    }

    /** Registers a fresh credential for the member and returns it. */
    public Credential register(Actor voter) {
        Credential c = Credential.generate(random);
        tx.call(() -> {
            service.register(voter, id, Bytes.encode(c.publicKey().encode()));
            return null;
        });
        return c;
    }

    public ElectionContext context() {
        ElectionView v = view(Optional.empty());
        RecordCodec.DeclaredContext d = RecordCodec.context(Json.parse(v.contextJson().orElseThrow()));
        return ElectionContext.create(RecordCodec.manifest(Json.parse(v.electionJson())), d.jointKey(),
                d.ceremonyDigest(), d.rollDigest());
    }

    /** choice: 0 yes, 1 no, 2 abstain. */
    Booth.PreparedBallot ballot(ElectionContext context, Credential c, int choice) {
        List<Integer> marks = new ArrayList<>(List.of(0, 0, 0));
        marks.set(choice, 1);
        return Booth.encrypt(context, c, List.of(marks), random);
    }

    /** An approval ballot: 1 for each option approved, 0 for the others, in the manifest's order. */
    public Booth.PreparedBallot approvals(ElectionContext context, Credential c, int... marks) {
        return Booth.encrypt(context, c, List.of(java.util.Arrays.stream(marks).boxed().toList()), random);
    }

    static Map<String, Object> ballotJson(Booth.PreparedBallot b) {
        return RecordCodec.ballot(b.ballot());
    }

    @SuppressWarnings("unchecked")
    static List<Object> openingJson(Booth.PreparedBallot b) {
        Map<String, Object> entry = RecordCodec.boardEntry(new org.unionhall.crypto.ballot.BoardEntry(1, new byte[32],
                new byte[32], org.unionhall.crypto.ballot.BoardEntry.State.CHALLENGED, b.ballot(),
                Optional.of(b.opening())));
        return (List<Object>) entry.get("opening");
    }

    public BallotReceipt cast(Actor voter, Booth.PreparedBallot b) {
        return tx.call(() -> service.submit(voter, id, SubmittedBallot.cast(ballotJson(b))));
    }

    BallotReceipt challenge(Actor voter, Booth.PreparedBallot b) {
        return tx.call(() -> service.submit(voter, id, SubmittedBallot.challenged(ballotJson(b), openingJson(b))));
    }

    /** The given trustees (numbers) decrypt the tally, in order. */
    public void decrypt(int... indices) {
        ElectionContext context = context();
        EncryptedTally tally = RecordCodec.tally(Json.parse(tx.call(() -> service.tally(id))));
        for (int j : indices) {
            Trustee t = trustees.get(j - 1);
            List<PartialDecryption> partials = t.decrypt(context.extendedHash(), Decryption.flatten(tally),
                    Decryption.contexts(j, tally));
            Object json = ((List<?>) RecordCodec.decryption(Map.of(j, partials)).get("trustees")).get(0);
            Actor who = trusteeActorOf(j);
            tx.call(() -> {
                service.decrypt(who, id, ProtocolMessages.decryption(json));
                return null;
            });
        }
    }
}
