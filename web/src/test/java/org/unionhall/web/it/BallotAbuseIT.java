package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.EncryptedBallot;
import org.unionhall.crypto.ballot.EncryptedContest;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.proof.RangeProof;
import org.unionhall.crypto.proof.SchnorrProof;
import org.unionhall.crypto.receipt.Receipt;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.web.it.Api.Caller;

/**
 * Issue 4's abuse of secret ballots and motions over HTTP against the real WAR on Payara Micro:
 * trustees, voters and stewards are demo members calling the REST API, with ballot-crypto's own
 * trustee and booth roles in place of their browsers. A second ballot (retry and revote), a
 * ballot from outside the roll, one whose proofs fail, one made for another election, a late
 * one, two tabs casting at once, a trustee's wrong share, seconding one's own motion and amending
 * a closed one: each answers a problem+json 4xx whose detail a person understands (or is resolved
 * as the protocol says), and the board, the roll, the voters, the tally and the motion stay as
 * they were.
 */
@ExtendWith(ArquillianExtension.class)
class BallotAbuseIT {
    private static final String UNION = "fediverse-moderators";
    private static final String STEWARD = "amara";
    private static final List<String> TRUSTEES = List.of("yuki", "priya", "kwame");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.unionhall();
    }

    @ArquillianResource
    URL deployment;

    private Api api;
    private Members members;
    private final SecureRandom random = new SecureRandom();

    @BeforeEach
    void api() {
        api = new Api(deployment);
        members = new Members(api);
    }

    private Caller as(String handle) {
        return members.session(handle);
    }

    private ElectionRun election(String title, List<String> trustees, int threshold) {
        return new ElectionRun(members, STEWARD, UNION, title, trustees, threshold);
    }

    private ElectionRun opened(String title, List<String> voters) {
        ElectionRun e = election(title, TRUSTEES, 2);
        e.ceremony();
        voters.forEach(e::register);
        e.open();
        return e;
    }

    @Test
    void refusedBallotsAnswerProblemsAndLeaveBoardRollAndVotersAsTheyWere() {
        ElectionRun e = opened("Refused ballots change nothing", List.of("chloe", "mateo", "jonas"));
        JsonObject first = e.cast("chloe", e.ballot(e.keys.get("chloe"), 0).ballot()).expect(201).json();
        assertEquals(1, first.getInt("seq"));
        // The answer carries the board's receipt, signed with the board key published in context.json.
        Receipt receipt = Receipt.parse(first.getJsonObject("receipt").toString());
        GroupElement boardKey = RecordCodec.context(Json.parse(e.view(STEWARD).getJsonObject("context").toString()))
                .opened().orElseThrow().boardKey();
        assertTrue(receipt.signatureValid(boardKey), first.toString());
        assertEquals(1, receipt.seq());
        assertEquals(first.getString("code"), Bytes.encode(receipt.code()));
        List<String> before = e.state();

        Credential stranger = Credential.generate(random);
        JsonObject outside = e.cast("mateo", e.ballot(stranger, 0).ballot()).problem(409);
        assertTrue(outside.getString("detail").contains("voting key is not on the roll")
                && outside.getString("detail").contains("§8.5"), outside.toString());
        assertEquals(before, e.state());

        // Mateo's own ballot, its selection proofs swapped and signed again with his key.
        EncryptedBallot honest = e.ballot(e.keys.get("mateo"), 0).ballot();
        EncryptedContest contest = honest.contests().get(0);
        List<RangeProof> proofs = new ArrayList<>(contest.selectionProofs());
        Collections.swap(proofs, 0, 1);
        EncryptedBallot unsigned = new EncryptedBallot(honest.election(), honest.credential(),
                List.of(new EncryptedContest(contest.selections(), proofs, contest.limitProof())), honest.signature());
        byte[] he = e.context().extendedHash();
        EncryptedBallot forged = new EncryptedBallot(honest.election(), honest.credential(), unsigned.contests(),
                SchnorrProof.prove(he, Tag.BALLOT_SIGNATURE, List.of(unsigned.digest(he)), e.secrets.get("mateo"),
                        random));
        assertEquals("This ballot's proof for option 'yes' does not check (protocol §8.3, selection proof check).",
                e.cast("mateo", forged).problem(422).getString("detail"));
        assertTrue(e.cast("mateo", unsigned).problem(422).getString("detail").contains("signature"));
        assertEquals(before, e.state());

        // The same voting key on the roll of another election: a ballot made there is refused here.
        ElectionRun other = election("Another election", List.of("yuki"), 1);
        other.ceremony();
        as("mateo").post(other.path("/credentials"), "{\"credential\":\"" + Bytes.encode(e.keys.get("mateo")
                .publicKey().encode()) + "\"}").expect(204);
        other.open();
        JsonObject elsewhere = e.cast("mateo", other.ballot(e.keys.get("mateo"), 0).ballot()).problem(422);
        assertEquals("This ballot was made for another election: its election hash is not this election's "
                + "(protocol §8.3, ballot binding check).", elsewhere.getString("detail"));
        assertEquals(before, e.state());

        assertTrue(as("mateo").post(e.path("/ballots"), "{\"ballot\":{\"credential\":\"AAAA\"}}").problem(422)
                .getString("detail").startsWith("This ballot cannot be read"));
        assertEquals("The field 'ballot' is required.", as("mateo").post(e.path("/ballots"), "{}").problem(422)
                .getString("detail"));
        as("mateo").post(e.path("/ballots"), "{\"ballot\": ").problem(400);
        api.anonymous().post(e.path("/ballots"), "{\"ballot\":{}}").problem(401);
        as("mateo").post("api/v1/elections/" + UUID.randomUUID() + "/ballots", "{\"ballot\":{}}").problem(404);
        assertEquals(before, e.state());
        assertFalse(e.hasVoted("mateo"));
        assertFalse(e.hasVoted("jonas"));

        // Refusals block nobody: Mateo then votes honestly.
        assertEquals(2, e.cast("mateo", e.ballot(e.keys.get("mateo"), 1).ballot()).expect(201).json().getInt("seq"));
        assertTrue(e.hasVoted("mateo"));
        List<String> accepted = e.state();

        // Late: the steward closed the vote; the board and the tally keep what was cast.
        assertEquals("CLOSED", as(STEWARD).post(e.path("/close"), "{}").expect(200).json().getString("phase"));
        JsonObject late = e.cast("jonas", e.ballot(e.keys.get("jonas"), 0).ballot()).problem(409);
        assertTrue(late.getString("detail").contains("closed"), late.toString());
        List<String> closed = e.state();
        assertEquals(accepted.subList(1, accepted.size()), closed.subList(1, closed.size()));
        assertFalse(e.hasVoted("jonas"));
        JsonObject tally = api.anonymous().get(e.path("/tally")).expect(200).json();
        assertEquals(2, tally.getJsonNumber("ballotsCounted").longValue());
    }

    @Test
    void aRetryAnswersTheSameEntryARevoteReplacesTheBallotAndTwoTabsAtOnceCountOnce() throws Exception {
        ElectionRun e = opened("Revotes count once", List.of("chloe", "mateo", "jonas"));
        EncryptedBallot yes = e.ballot(e.keys.get("chloe"), 0).ballot();
        JsonObject cast = e.cast("chloe", yes).expect(201).json();
        JsonObject retry = e.cast("chloe", yes).expect(200).json();
        assertEquals(cast, retry, "a retry answers the same entry");
        e.cast("chloe", e.ballot(e.keys.get("chloe"), 1).ballot()).expect(201);

        // Mateo's two tabs: the same ballot posted from both at once lands once.
        EncryptedBallot twice = e.ballot(e.keys.get("mateo"), 0).ballot();
        List<Api.Answer> same = atOnce(() -> e.cast("mateo", twice), () -> e.cast("mateo", twice));
        assertEquals(List.of(200, 201), same.stream().map(Api.Answer::status).sorted().toList());
        assertEquals(same.get(0).json(), same.get(1).json());
        // Jonas's two tabs: two different ballots at once both land; the later one counts.
        EncryptedBallot jonasNo = e.ballot(e.keys.get("jonas"), 1).ballot();
        EncryptedBallot jonasAbstain = e.ballot(e.keys.get("jonas"), 2).ballot();
        List<Api.Answer> both = atOnce(() -> e.cast("jonas", jonasNo), () -> e.cast("jonas", jonasAbstain));
        assertEquals(List.of(201, 201), both.stream().map(Api.Answer::status).toList());
        int jonasLast = both.get(1).json().getInt("seq") > both.get(0).json().getInt("seq") ? 2 : 1;
        JsonObject view = e.view(STEWARD);
        assertEquals(5, view.getJsonNumber("boardSize").longValue());

        as(STEWARD).post(e.path("/close"), "{}").expect(200);
        e.decrypt(1, 2);
        JsonObject result = api.anonymous().get(e.path("/result")).expect(200).json();
        assertEquals("PUBLISHED", result.getString("phase"));
        assertEquals(3, api.anonymous().get(e.path("/tally")).expect(200).json().getJsonNumber("ballotsCounted")
                .longValue(), "three voters, five ballots");
        assertEquals("fewer than 5", result.getJsonObject("turnout").getString("text"), "three voters, shown as a small group");
        List<Long> counts = new ArrayList<>(List.of(1L, 1L, 0L));
        counts.set(jonasLast, counts.get(jonasLast) + 1);
        assertEquals(counts, result.getJsonArray("contests").getJsonObject(0).getJsonArray("counts").stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList(), "each voter's last ballot counts");
        assertTrue(result.getJsonObject("report").getBoolean("passed"));
    }

    private List<Api.Answer> atOnce(java.util.concurrent.Callable<Api.Answer> a,
                                    java.util.concurrent.Callable<Api.Answer> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (java.util.concurrent.Callable<Api.Answer> c : List.of(a, b)) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return c.call();
                }));
            }
            go.countDown();
            return List.of(answers.get(0).get(), answers.get(1).get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTrusteeSendingAWrongShareIsNamedAndExcludedAndRegisteredKeysStay() {
        ElectionRun e = election("A wrong share", TRUSTEES, 2);
        e.announce();
        Trustee one = e.trustees.get(0);
        List<EncryptedShare> fromOne = one.sharesFor(e.announcements);
        e.send(one, fromOne).expect(204);
        JsonObject ceremony = as(STEWARD).get(e.path("/ceremony")).expect(200).json();
        assertEquals("You already sent your shares in this ceremony round.",
                e.send(one, fromOne).problem(409).getString("detail"));
        assertEquals("A share is marked as from trustee 1, but you are trustee 2.",
                as(e.trusteeHandle(2)).post(e.path("/ceremony/shares"), e.sharesBody(fromOne)).problem(422)
                        .getString("detail"));
        as("chloe").post(e.path("/ceremony/shares"), e.sharesBody(fromOne)).problem(403);
        assertEquals(ceremony, as(STEWARD).get(e.path("/ceremony")).expect(200).json());

        List<EncryptedShare> all = new ArrayList<>(fromOne);
        for (Trustee t : e.trustees.subList(1, 3)) {
            List<EncryptedShare> mine = new ArrayList<>(t.sharesFor(e.announcements));
            if (t.index() == 2) {
                EncryptedShare right = mine.stream().filter(s -> s.to() == 3).findFirst().orElseThrow();
                byte[] ct = right.ciphertext();
                ct[0] ^= 1;
                mine.set(mine.indexOf(right), new EncryptedShare(2, 3, right.ephemeral(), ct, right.mac()));
            }
            all.addAll(mine);
            e.send(t, mine).expect(204);
        }
        e.register("chloe");
        List<ShareComplaint> complaints = e.trustees.get(2).receive(e.announcements, all);
        assertEquals(1, complaints.size());
        ShareComplaint c = complaints.get(0);
        String complaint = ElectionRun.complaintBody(c);
        assertEquals(422, as(e.trusteeHandle(1)).post(e.path("/ceremony/complaint"), complaint).status(),
                "only the trustee the share was sent to may complain");
        String faulty = e.view(STEWARD).getJsonArray("trustees").getJsonObject(1).getString("displayName");
        String verdict = as(e.trusteeHandle(3)).post(e.path("/ceremony/complaint"), complaint)
                .expect(200).json().getString("verdict");
        assertEquals("Round 1: the share trustee 2 (" + faulty + ") sent to trustee 3 is wrong (protocol §6.4); "
                + "trustee 2 is excluded. The key ceremony restarts (round 2) with 2 trustees.", verdict);

        JsonObject restarted = e.view("chloe");
        assertEquals("CEREMONY", restarted.getString("phase"));
        assertEquals(2, restarted.getInt("ceremonyRound"));
        assertEquals(1, restarted.getJsonNumber("rollSize").longValue(), "the key registered before stays");
        assertTrue(restarted.getJsonObject("me").getBoolean("registered"));

        e.ceremony();
        assertTrue(as("chloe").post(e.path("/credentials"), "{\"credential\":\"" + Bytes.encode(
                Credential.generate(random).publicKey().encode()) + "\"}").problem(409).getString("detail")
                .contains("already registered"));
        e.open();
        assertEquals(1, e.cast("chloe", e.ballot(e.keys.get("chloe"), 0).ballot()).expect(201).json().getInt("seq"),
                "Chloé votes with the key she registered in round 1");
    }

    @Test
    void secondingOnesOwnMotionAndAmendingAClosedOneAreRefusedAndTheMotionStaysAsItWas() {
        JsonObject drafted = as("priya").post("api/v1/motions", "{\"kind\":\"BUDGET\",\"scope\":\"UNION\","
                + "\"scopeSlug\":\"" + UNION + "\",\"title\":\"Rent a meeting room\",\"text\":\"For the union's "
                + "monthly meetings.\"}").expect(201).json();
        String id = drafted.getString("id");
        as("priya").post("api/v1/motions/" + id + "/submit", "{}").expect(200);
        JsonObject submitted = as("priya").get("api/v1/motions/" + id).expect(200).json();
        assertEquals("You cannot second your own motion; another member must.",
                as("priya").post("api/v1/motions/" + id + "/seconds", "{}").problem(409).getString("detail"));
        assertEquals(submitted, as("priya").get("api/v1/motions/" + id).expect(200).json());

        as("jonas").post("api/v1/motions/" + id + "/seconds", "{}").expect(200);
        as("chloe").post("api/v1/motions/" + id + "/seconds", "{}").expect(200);
        as(STEWARD).post("api/v1/motions/" + id + "/open-for-amendments", "{}").expect(200);
        as("mateo").post("api/v1/motions/" + id + "/amendments", "{\"title\":\"A cheaper room\",\"text\":\"At most "
                + "50 euros a month.\"}").expect(201);
        assertEquals("WITHDRAWN", as("priya").post("api/v1/motions/" + id + "/withdraw", "{}").expect(200).json()
                .getString("status"));
        JsonObject withdrawn = as("mateo").get("api/v1/motions/" + id).expect(200).json();
        assertEquals("This motion is closed (withdrawn); it can no longer be amended.",
                as("mateo").post("api/v1/motions/" + id + "/amendments", "{\"title\":\"Too late\",\"text\":\"Another "
                        + "text.\"}").problem(409).getString("detail"));
        assertEquals(withdrawn, as("mateo").get("api/v1/motions/" + id).expect(200).json());
        assertEquals("You cannot second your own motion; another member must.",
                as("priya").post("api/v1/motions/" + id + "/seconds", "{}").problem(409).getString("detail"));
    }
}
