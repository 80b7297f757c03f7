package org.unionhall.web.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.crypto.verify.Verifier;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Members;

/**
 * A secret ballot driven through the REST API, with ballot-crypto's trustee and booth roles
 * standing in for the trustees' and voters' browsers: by default one of the demo's Fediverse
 * Moderators' Union, or of any union and its own steward and trustees. The trustees' secrets and
 * the voters' keys live here, in the test, so they outlast any server.
 */
public final class SecretBallot {
    static final String UNION = "fediverse-moderators";
    static final String STEWARD = "amara";
    private static final List<String> TRUSTEES = List.of("yuki", "priya");

    private final Members members;
    private final String steward;
    private final List<String> trusteeHandles;
    private final SecureRandom random = new SecureRandom();
    private final List<Trustee> trustees = new ArrayList<>();
    private final Map<String, Credential> keys = new ConcurrentHashMap<>();
    private ElectionContext context;
    /** The election's id. */
    public final String id;

    private SecretBallot(Members members, String steward, List<String> trusteeHandles, String id) {
        this.members = members;
        this.steward = steward;
        this.trusteeHandles = List.copyOf(trusteeHandles);
        this.id = id;
    }

    /**
     * Prepares a yes/no/abstain ballot of the demo's Fediverse Moderators' Union, runs an honest key
     * ceremony, registers the voters and opens it.
     */
    public static SecretBallot opened(Members members, String title, List<String> voters) {
        return opened(members, UNION, STEWARD, TRUSTEES, title, voters);
    }

    /**
     * The same in any union: its steward prepares the ballot and opens it, the trustees (all of
     * them needed to decrypt) hold the key.
     */
    public static SecretBallot opened(Members members, String union, String steward, List<String> trusteeHandles,
                                      String title, List<String> voters) {
        Instant now = Instant.now();
        String body = "{\"subjectKind\":\"MOTION\",\"subjectId\":\"" + UUID.randomUUID() + "\",\"title\":\"" + title
                + "\",\"scope\":\"" + union + "\",\"contests\":[{\"id\":\"motion\",\"question\":\"" + title
                + "?\",\"method\":\"yes-no-abstain\",\"options\":[\"yes\",\"no\",\"abstain\"],\"min\":1,\"max\":1,"
                + "\"range\":1}],\"trustees\":[" + String.join(",", trusteeHandles.stream()
                .map(h -> "\"" + members.idOf(h) + "\"").toList())
                + "],\"threshold\":" + trusteeHandles.size() + ",\"opensAt\":\"" + now.plus(Duration.ofHours(1))
                + "\",\"closesAt\":\"" + now.plus(Duration.ofHours(2)) + "\"}";
        SecretBallot e = new SecretBallot(members, steward, trusteeHandles,
                members.post(steward, "api/v1/elections", body).expect(201).json().getString("id"));
        e.ceremony();
        for (String voter : voters) {
            Credential key = Credential.generate(e.random);
            members.post(voter, e.path("/credentials"), "{\"credential\":\"" + Bytes.encode(key.publicKey().encode())
                    + "\"}").expect(204);
            e.keys.put(voter, key);
        }
        assertEquals("OPEN", members.post(steward, e.path("/open"), "{}").expect(200).json().getString("phase"));
        JsonObject view = e.view();
        RecordCodec.DeclaredContext d = RecordCodec.context(Json.parse(view.getJsonObject("context").toString()));
        e.context = ElectionContext.create(RecordCodec.manifest(Json.parse(view.getJsonObject("election").toString())),
                d.jointKey(), d.ceremonyDigest(), d.rollDigest());
        return e;
    }

    String path(String rest) {
        return "api/v1/elections/" + id + rest;
    }

    private JsonObject view() {
        return members.get(steward, path("")).expect(200).json();
    }

    private String trusteeHandle(String memberId) {
        return trusteeHandles.stream().filter(h -> members.idOf(h).equals(memberId)).findFirst().orElseThrow();
    }

    private void ceremony() {
        Manifest m = RecordCodec.manifest(Json.parse(view().getJsonObject("election").toString()));
        List<TrusteeAnnouncement> announcements = new ArrayList<>();
        List<String> handles = new ArrayList<>();
        for (JsonValue v : view().getJsonArray("trustees")) {
            JsonObject t = v.asJsonObject();
            Trustee trustee = new Trustee(t.getInt("index"), m.trustees(), m.threshold(), m.baseHash(), random);
            trustees.add(trustee);
            handles.add(trusteeHandle(t.getString("memberId")));
            TrusteeAnnouncement a = trustee.announce();
            announcements.add(a);
            members.post(handles.get(handles.size() - 1), path("/ceremony/announcement"),
                    Json.write(((List<?>) RecordCodec.ceremony(List.of(a), List.of()).get("announcements")).get(0)))
                    .expect(204);
        }
        List<EncryptedShare> shares = new ArrayList<>();
        for (int i = 0; i < trustees.size(); i++) {
            List<EncryptedShare> mine = trustees.get(i).sharesFor(announcements);
            shares.addAll(mine);
            members.post(handles.get(i), path("/ceremony/shares"), "{\"shares\":"
                    + Json.write(RecordCodec.ceremony(List.of(), mine).get("shares")) + "}").expect(204);
        }
        for (Trustee t : trustees) {
            assertTrue(t.receive(announcements, shares).isEmpty() && t.holdsKeyShare(), "an honest ceremony");
        }
    }

    /** A voter's ballot, encrypted as the booth does (choice 0 yes, 1 no, 2 abstain), in its request form. */
    public String ballot(String voter, int choice) {
        List<Integer> marks = new ArrayList<>(List.of(0, 0, 0));
        marks.set(choice, 1);
        Booth.PreparedBallot b = Booth.encrypt(context, keys.get(voter), List.of(marks), random);
        return "{\"ballot\":" + Json.write(RecordCodec.ballot(b.ballot())) + "}";
    }

    /** Casts; the caller reads the answer ({@code 201 {seq, code}} when accepted). */
    public Answer cast(String voter, String ballot) {
        return members.post(voter, path("/ballots"), ballot);
    }

    /** The whole board, as anyone reads it: tracking code by sequence number. */
    Map<Long, String> board() {
        Map<Long, String> board = new TreeMap<>();
        long from = 1;
        while (true) {
            JsonArray entries = members.get(steward, path("/board?from=" + from)).expect(200).json()
                    .getJsonArray("entries");
            if (entries.isEmpty()) {
                return board;
            }
            for (JsonValue v : entries) {
                long seq = v.asJsonObject().getJsonNumber("seq").longValue();
                board.put(seq, v.asJsonObject().getString("code"));
                from = seq + 1;
            }
        }
    }

    /** The steward closes voting and every trustee decrypts the tally; the result is published. */
    public void closeAndDecrypt() {
        assertEquals("CLOSED", members.post(steward, path("/close"), "{}").expect(200).json().getString("phase"));
        EncryptedTally tally = RecordCodec.tally(Json.parse(members.get(steward, path("/tally")).expect(200).body()));
        for (int j = 1; j <= trustees.size(); j++) {
            Trustee t = trustees.get(j - 1);
            List<PartialDecryption> partials = t.decrypt(context.extendedHash(), Decryption.flatten(tally),
                    Decryption.contexts(j, tally));
            String handle = trusteeHandleByIndex(t.index());
            members.post(handle, path("/decryption"), Json.write(((List<?>) RecordCodec.decryption(Map.of(j, partials))
                    .get("trustees")).get(0))).expect(204);
        }
    }

    private String trusteeHandleByIndex(int index) {
        for (JsonValue v : view().getJsonArray("trustees")) {
            if (v.asJsonObject().getInt("index") == index) {
                return trusteeHandle(v.asJsonObject().getString("memberId"));
            }
        }
        throw new AssertionError("no trustee " + index);
    }

    /** Downloads the election record and runs ballot-crypto's verifier on it, with the voters' receipts. */
    static VerificationReport verifyRecord(Members members, String electionId, Path into,
                                           List<Verifier.ReceiptText> receipts)
            throws IOException, InterruptedException {
        return verifyRecord(members, STEWARD, electionId, into, receipts);
    }

    /** The same, downloaded by the given member. */
    public static VerificationReport verifyRecord(Members members, String downloader, String electionId, Path into,
                                                  List<Verifier.ReceiptText> receipts)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(members.session(downloader)
                .request("api/v1/elections/" + electionId + "/record").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode(), "the record downloads");
        Path dir = Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.write(dir.resolve(entry.getName()), in.readAllBytes());
            }
        }
        return Verifier.verify(dir, receipts);
    }
}
