package org.unionhall.application.election;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.crypto.ballot.Contest;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.record.RecordLayout;
import org.unionhall.crypto.tally.Decryption;
import org.unionhall.crypto.tally.ElectionResult;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.KeyCeremony;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.domain.audit.AuditAction;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.Elections;
import org.unionhall.domain.election.TrusteeDecryption;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Tally and publication (protocol §6.6, §9): the encrypted tally fixed at the close, the named
 * trustees' partial decryptions, each checked, and, once t are in, the result combined, the
 * record written and verified, and the result published to whoever listens (the motion it
 * decides).
 */
final class ElectionTally {
    private final ElectionLookup lookup;
    private final Stores stores;
    private final Elections elections;
    private final ElectionRecord record;
    private final Consumer<ElectionPublished> published;

    ElectionTally(ElectionLookup lookup, ElectionRecord record, Consumer<ElectionPublished> published) {
        this.lookup = lookup;
        this.stores = lookup.stores;
        this.elections = lookup.elections;
        this.record = record;
        this.published = published;
    }

    String tally(ElectionId id) {
        Election e = lookup.election(id);
        return e.tallyJson().orElseThrow(() -> new RuleViolation("The encrypted tally of \"" + e.title()
                + "\" is computed when voting closes; the election is " + e.describePhase() + "."));
    }

    void decrypt(Actor actor, ElectionId id, DecryptionShare share) {
        Election e = lookup.locked(id);
        e.requirePhase(ElectionPhase.CLOSED, "take a partial decryption");
        int index = lookup.trusteeIndex(actor, e);
        if (share.trustee() != index) {
            throw new InvalidInput("This partial decryption is marked as trustee " + share.trustee()
                    + "'s, but you are trustee " + index + ".");
        }
        List<PartialDecryption> partials = share.partials();
        List<TrusteeDecryption> received = elections.decryptions(id);
        if (received.stream().anyMatch(d -> d.trustee() == index)) {
            throw new RuleViolation("You already sent your partial decryption.");
        }
        ElectionContext context = lookup.context(e);
        EncryptedTally tally = RecordCodec.tally(Json.parse(e.tallyJson().orElseThrow()));
        ElectionLookup.Transcript t = lookup.transcript(e);
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
        Map<String, byte[]> files = record.recordFiles(e);
        files.put(RecordLayout.DECRYPTION, Json.bytes(RecordCodec.decryption(partials)));
        files.put(RecordLayout.RESULT, resultJson.getBytes(StandardCharsets.UTF_8));
        VerificationReport report = ElectionRecord.verify(files);
        e.publish(resultJson, Json.write(ElectionRecord.reportJson(report)), stores.time().now());
        lookup.audit(Optional.empty(), AuditAction.ELECTION_PHASE_CHANGED, e, "Result published from " + partials.size()
                + " of " + e.trusteeCount() + " trustees' decryptions; the record was verified: "
                + (report.passed() ? "every check passed." : "SOME CHECKS FAILED."));
        List<ResultView.ContestResult> contests = contestResults(m, result);
        published.accept(new ElectionPublished(e.id(), e.subjectKind(), e.subjectId(), contests,
                tally.ballotsCounted(), e.eligibleCount().orElse(0L)));
    }

    static List<ResultView.ContestResult> contestResults(Manifest m, ElectionResult result) {
        List<ResultView.ContestResult> out = new ArrayList<>();
        for (int ci = 0; ci < m.contests().size(); ci++) {
            Contest c = m.contests().get(ci);
            out.add(new ResultView.ContestResult(c.id(), c.question(), c.options(), result.counts().get(ci)));
        }
        return out;
    }
}
