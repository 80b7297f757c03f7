package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.EncryptedBallot;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.tally.Decryption;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.web.it.Api.Answer;

/**
 * One yes/no/abstain secret ballot driven step by step through the REST API, as its trustees'
 * and voters' devices hold it: ballot-crypto's trustee and booth roles stand in for their
 * browsers, and the trustees' secrets and the voters' keys live here, in the test. Each step
 * that a test may want to see refused also gives its request body on its own.
 */
public final class ElectionRun {
    private final Members members;
    private final String steward;
    private final SecureRandom random = new SecureRandom();
    final String id;
    final List<Trustee> trustees = new ArrayList<>();
    final List<String> trusteeHandles;
    final Map<String, Credential> keys = new HashMap<>();
    final Map<String, BigInteger> secrets = new HashMap<>();
    List<TrusteeAnnouncement> announcements = List.of();
    final List<EncryptedShare> shares = new ArrayList<>();

    /**
     * The steward prepares the ballot; voting is to open in an hour (the steward opens it sooner).
     *
     * @param scope the union's or chapter's slug
     */
    ElectionRun(Members members, String steward, String scope, String title, List<String> trusteeHandles,
                int threshold) {
        this.members = members;
        this.steward = steward;
        this.trusteeHandles = new ArrayList<>(trusteeHandles);
        id = members.post(steward, "api/v1/elections", prepareBody(members, scope, title, trusteeHandles, threshold))
                .expect(201).json().getString("id");
    }

    private ElectionRun(Members members, String steward, String id, List<String> trusteeHandles) {
        this.members = members;
        this.steward = steward;
        this.trusteeHandles = new ArrayList<>(trusteeHandles);
        this.id = id;
    }

    /**
     * Drives a ballot prepared elsewhere (a participatory budget's), as its trustees and voters.
     *
     * @param steward a steward of its union, who may open and close it
     * @param trusteeHandles its trustees' handles, in any order
     */
    public static ElectionRun following(Members members, String steward, String id, List<String> trusteeHandles) {
        return new ElectionRun(members, steward, id, trusteeHandles);
    }

    /** The body that prepares such a ballot. */
    static String prepareBody(Members members, String scope, String title, List<String> trusteeHandles, int threshold) {
        Instant now = Instant.now();
        return "{\"subjectKind\":\"MOTION\",\"subjectId\":\"" + UUID.randomUUID() + "\",\"title\":\"" + title
                + "\",\"scope\":\"" + scope + "\",\"contests\":[{\"id\":\"motion\",\"question\":\"" + title
                + "?\",\"method\":\"yes-no-abstain\",\"options\":[\"yes\",\"no\",\"abstain\"],\"min\":1,\"max\":1,"
                + "\"range\":1}],\"trustees\":[" + String.join(",", trusteeHandles.stream()
                .map(h -> "\"" + members.idOf(h) + "\"").toList()) + "],\"threshold\":" + threshold + ",\"opensAt\":\""
                + now.plus(Duration.ofHours(1)) + "\",\"closesAt\":\"" + now.plus(Duration.ofHours(2)) + "\"}";
    }

    String path(String rest) {
        return "api/v1/elections/" + id + rest;
    }

    JsonObject view(String handle) {
        return members.get(handle, path("")).expect(200).json();
    }

    Manifest manifest() {
        return RecordCodec.manifest(Json.parse(view(steward).getJsonObject("election").toString()));
    }

    /** Message 1 from every trustee. */
    void announce() {
        Manifest m = manifest();
        trustees.clear();
        List<TrusteeAnnouncement> out = new ArrayList<>();
        for (JsonValue v : view(steward).getJsonArray("trustees")) {
            JsonObject t = v.asJsonObject();
            Trustee trustee = new Trustee(t.getInt("index"), m.trustees(), m.threshold(), m.baseHash(), random);
            trustees.add(trustee);
            TrusteeAnnouncement a = trustee.announce();
            out.add(a);
            members.post(handleOf(t.getString("memberId")), path("/ceremony/announcement"), announcementBody(a))
                    .expect(204);
        }
        announcements = out;
        shares.clear();
    }

    /** Message 1 as a trustee sends it. */
    static String announcementBody(TrusteeAnnouncement a) {
        return Json.write(((List<?>) RecordCodec.ceremony(List.of(a), List.of()).get("announcements")).get(0));
    }

    String handleOf(String memberId) {
        return trusteeHandles.stream().filter(h -> members.idOf(h).equals(memberId)).findFirst().orElseThrow();
    }

    String trusteeHandle(int index) {
        for (JsonValue v : view(steward).getJsonArray("trustees")) {
            if (v.asJsonObject().getInt("index") == index) {
                return handleOf(v.asJsonObject().getString("memberId"));
            }
        }
        throw new AssertionError("no trustee " + index);
    }

    String sharesBody(List<EncryptedShare> list) {
        return "{\"shares\":" + Json.write(RecordCodec.ceremony(List.of(), list).get("shares")) + "}";
    }

    /** Message 2 from one trustee. */
    Answer send(Trustee t, List<EncryptedShare> list) {
        return members.post(trusteeHandle(t.index()), path("/ceremony/shares"), sharesBody(list));
    }

    /** Message 2 from every trustee, honestly: the joint key is fixed and registration opens. */
    void sendShares() {
        for (Trustee t : trustees) {
            List<EncryptedShare> mine = t.sharesFor(announcements);
            shares.addAll(mine);
            send(t, mine).expect(204);
        }
        for (Trustee t : trustees) {
            assertTrue(t.receive(announcements, shares).isEmpty() && t.holdsKeyShare(),
                    "an honest ceremony leaves every trustee a key share");
        }
        assertEquals("REGISTRATION", view(steward).getString("phase"));
    }

    /** An honest ceremony. */
    public void ceremony() {
        announce();
        sendShares();
    }

    /** Message 3 as the trustee a wrong share was sent to sends it. */
    static String complaintBody(ShareComplaint c) {
        Map<String, Object> complaint = new TreeMap<>();
        complaint.put("from", (long) c.from());
        complaint.put("to", (long) c.to());
        complaint.put("sharedSecret", Bytes.encode(c.sharedSecret().encode()));
        complaint.put("proof", Bytes.encode(c.proof().encode()));
        return Json.write(complaint);
    }

    /** A member offers a new voting key; kept here when the server took it. */
    Answer offerKey(String handle) {
        BigInteger secret = Group.randomScalar(random);
        Credential key = Credential.fromSecret(secret);
        Answer answer = members.post(handle, path("/credentials"), "{\"credential\":\""
                + Bytes.encode(key.publicKey().encode()) + "\"}");
        if (answer.status() == 204) {
            keys.put(handle, key);
            secrets.put(handle, secret);
        }
        return answer;
    }

    public Credential register(String handle) {
        offerKey(handle).expect(204);
        return keys.get(handle);
    }

    public void open() {
        assertEquals("OPEN", members.post(steward, path("/open"), "{}").expect(200).json().getString("phase"));
    }

    public ElectionContext context() {
        JsonObject v = view(steward);
        RecordCodec.DeclaredContext d = RecordCodec.context(Json.parse(v.getJsonObject("context").toString()));
        return ElectionContext.create(RecordCodec.manifest(Json.parse(v.getJsonObject("election").toString())),
                d.jointKey(), d.ceremonyDigest(), d.rollDigest());
    }

    /** choice: 0 yes, 1 no, 2 abstain. */
    Booth.PreparedBallot ballot(Credential key, int choice) {
        List<Integer> marks = new ArrayList<>(List.of(0, 0, 0));
        marks.set(choice, 1);
        return Booth.encrypt(context(), key, List.of(marks), random);
    }

    /** An approval ballot: 1 for each option approved, 0 for the others, in the manifest's order. */
    public Booth.PreparedBallot approvals(Credential key, int... marks) {
        return Booth.encrypt(context(), key, List.of(java.util.Arrays.stream(marks).boxed().toList()), random);
    }

    /** The steward closes voting now. */
    public void close() {
        assertEquals("CLOSED", members.post(steward, path("/close"), "{}").expect(200).json().getString("phase"));
    }

    /** A ballot signed with a key that is on nobody's roll. */
    Booth.PreparedBallot strangersBallot() {
        return ballot(Credential.generate(random), 0);
    }

    static String castBody(EncryptedBallot ballot) {
        return "{\"ballot\":" + Json.write(RecordCodec.ballot(ballot)) + "}";
    }

    /** A ballot with its opening, as the booth posts it to challenge it (protocol §8.4). */
    static String challengeBody(Booth.PreparedBallot b) {
        Object opening = RecordCodec.boardEntry(new BoardEntry(1, new byte[32], new byte[32],
                BoardEntry.State.CHALLENGED, b.ballot(), Optional.of(b.opening()))).get("opening");
        return "{\"ballot\":" + Json.write(RecordCodec.ballot(b.ballot())) + ",\"opening\":" + Json.write(opening) + "}";
    }

    public Answer cast(String handle, EncryptedBallot ballot) {
        return members.post(handle, path("/ballots"), castBody(ballot));
    }

    /** What a refusal must leave alone: every board entry, the roll size, the board size. */
    List<String> state() {
        JsonObject v = view(steward);
        List<String> s = new ArrayList<>();
        s.add("phase " + v.getString("phase"));
        s.add("roll " + v.getJsonNumber("rollSize").longValue());
        s.add("board " + v.getJsonNumber("boardSize").longValue());
        members.get(steward, path("/board")).expect(200).json().getJsonArray("entries")
                .forEach(e -> s.add(e.toString()));
        return s;
    }

    boolean hasVoted(String handle) {
        return view(handle).getJsonObject("me").getBoolean("hasVoted");
    }

    /** Message 4 of trustee j: their partial decryption of the tally fixed at the close. */
    String decryptionBody(int j) {
        ElectionContext context = context();
        EncryptedTally tally = RecordCodec.tally(Json.parse(members.get(steward, path("/tally")).expect(200).body()));
        List<PartialDecryption> partials = trustees.get(j - 1).decrypt(context.extendedHash(),
                Decryption.flatten(tally), Decryption.contexts(j, tally));
        return Json.write(((List<?>) RecordCodec.decryption(Map.of(j, partials)).get("trustees")).get(0));
    }

    /** The given trustees decrypt the tally from their devices. */
    public void decrypt(int... indices) {
        for (int j : indices) {
            members.post(trusteeHandle(j), path("/decryption"), decryptionBody(j)).expect(204);
        }
    }
}
