package org.unionhall.application.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.KeyCeremony;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.election.CeremonyMessage;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.ElectionTrustee;
import org.unionhall.domain.election.Elections;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * The key ceremony (protocol §6.2–6.4) on the server: the named trustees' announcements and
 * encrypted shares, each checked before it is kept, and their complaints, judged from public
 * data. The trustee at fault (the sender of a wrong share, or the author of a false complaint) is
 * excluded and the ceremony restarts with the remaining trustees renumbered 1..n−1 under a new
 * manifest, as the protocol says; if fewer than t would remain, the election is cancelled.
 * Complaints are taken until voting opens (a trustee checks the shares sent to it after the last
 * one arrived). When every message is in and the transcript checks, the joint key is fixed and
 * registration opens.
 */
final class ElectionCeremony {
    private final ElectionLookup lookup;
    private final Stores stores;
    private final Elections elections;

    ElectionCeremony(ElectionLookup lookup) {
        this.lookup = lookup;
        this.stores = lookup.stores;
        this.elections = lookup.elections;
    }

    CeremonyView ceremony(Actor actor, ElectionId id) {
        Election e = lookup.election(id);
        actor.powers(stores).requireInsider(lookup.scopeOf(e).union(), "the key ceremony of its elections");
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

    void announce(Actor actor, ElectionId id, TrusteeAnnouncement a) {
        Election e = lookup.locked(id);
        e.requirePhase(ElectionPhase.CEREMONY, "take a trustee announcement");
        int index = lookup.trusteeIndex(actor, e);
        Manifest manifest = ElectionLookup.manifest(e);
        if (a.trustee() != index) {
            throw new InvalidInput("This announcement is signed as trustee " + a.trustee() + ", but you are trustee "
                    + index + " of this election.");
        }
        Optional<String> problem = a.problem(manifest.baseHash(), manifest.trustees(), manifest.threshold());
        if (problem.isPresent()) {
            throw new InvalidInput("This announcement does not check: " + problem.get() + " (protocol §6.2).");
        }
        List<CeremonyMessage> messages = elections.messages(id, e.ceremonyRound());
        if (ElectionLookup.has(messages, CeremonyMessage.Kind.ANNOUNCEMENT, index)) {
            throw new RuleViolation("You already announced your keys in this ceremony round.");
        }
        Object body = ((List<?>) RecordCodec.ceremony(List.of(a), List.of()).get("announcements")).get(0);
        elections.add(new CeremonyMessage(id, e.ceremonyRound(), CeremonyMessage.Kind.ANNOUNCEMENT, index,
                Json.write(body), Optional.empty()));
        fixKeyWhenComplete(e);
    }

    void sendShares(Actor actor, ElectionId id, List<EncryptedShare> shares) {
        Election e = lookup.locked(id);
        e.requirePhase(ElectionPhase.CEREMONY, "take encrypted shares");
        int index = lookup.trusteeIndex(actor, e);
        int n = e.trusteeCount();
        List<CeremonyMessage> messages = elections.messages(id, e.ceremonyRound());
        long announced = messages.stream().filter(m -> m.kind() == CeremonyMessage.Kind.ANNOUNCEMENT).count();
        if (announced < n) {
            throw new RuleViolation("Only " + announced + " of " + n + " trustees have announced their keys; shares "
                    + "are sent once all have.");
        }
        if (ElectionLookup.has(messages, CeremonyMessage.Kind.SHARES, index)) {
            throw new RuleViolation("You already sent your shares in this ceremony round.");
        }
        List<EncryptedShare> parsed = new ArrayList<>(shares);
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
        ElectionLookup.Transcript t = lookup.transcript(e);
        if (t.announcements().size() < e.trusteeCount() || t.senders() < e.trusteeCount()) {
            return;
        }
        Manifest m = ElectionLookup.manifest(e);
        Optional<String> problem = KeyCeremony.problem(m.baseHash(), m.trustees(), m.threshold(), t.announcements(),
                t.shares());
        if (problem.isPresent()) {
            throw new RuleViolation("The key ceremony transcript does not check: " + problem.get() + " (protocol §6).");
        }
        e.keyFixed();
        lookup.audit(Optional.empty(), AuditAction.ELECTION_PHASE_CHANGED, e,
                "Key ceremony complete: the joint election key is fixed; registration of voting keys is open.");
    }

    String complain(Actor actor, ElectionId id, ShareComplaint c) {
        Election e = lookup.locked(id);
        if (e.phase() != ElectionPhase.CEREMONY && e.phase() != ElectionPhase.REGISTRATION) {
            throw new RuleViolation("Complaints about shares are taken until voting opens; the election \""
                    + e.title() + "\" is " + e.describePhase() + ".");
        }
        int index = lookup.trusteeIndex(actor, e);
        if (c.to() != index) {
            throw new InvalidInput("A complaint is made by the trustee the share was sent to; you are trustee " + index
                    + ", the complaint names trustee " + c.to() + ".");
        }
        ElectionLookup.Transcript t = lookup.transcript(e);
        Optional<EncryptedShare> share = t.shares().stream().filter(s -> s.from() == c.from() && s.to() == c.to())
                .findFirst();
        Optional<TrusteeAnnouncement> sender = t.announcement(c.from());
        Optional<TrusteeAnnouncement> recipient = t.announcement(c.to());
        if (share.isEmpty() || sender.isEmpty() || recipient.isEmpty()) {
            throw new RuleViolation("There is no share from trustee " + c.from() + " to trustee " + c.to()
                    + " in this ceremony round to complain about.");
        }
        KeyCeremony.Verdict verdict = KeyCeremony.judge(ElectionLookup.manifest(e).baseHash(), c, share.get(), sender.get(),
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
        lookup.audit(Optional.of(actor.memberId()), AuditAction.ELECTION_TRUSTEE_EXCLUDED, e, words);
        if (!e.canLoseATrustee()) {
            e.cancel();
            String cancelled = words + " Fewer than " + e.threshold() + " trustees would remain, so the election is "
                    + "cancelled.";
            lookup.audit(Optional.empty(), AuditAction.ELECTION_PHASE_CHANGED, e, cancelled);
            return cancelled;
        }
        Manifest old = ElectionLookup.manifest(e);
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
        lookup.audit(Optional.empty(), AuditAction.ELECTION_PHASE_CHANGED, e, restarted);
        return restarted;
    }
}
