package org.unionhall.web.booth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.crypto.ballot.BallotBox;
import org.unionhall.crypto.ballot.BallotChecker;
import org.unionhall.crypto.ballot.BallotOpening;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.Booth;
import org.unionhall.crypto.ballot.Contest;
import org.unionhall.crypto.ballot.ContestMethod;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.crypto.ballot.ElectionContext;
import org.unionhall.crypto.ballot.EncryptedBallot;
import org.unionhall.crypto.ballot.EncryptedContest;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.Roll;
import org.unionhall.crypto.ballot.RollEntry;
import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.Scalars;
import org.unionhall.crypto.proof.EqualityProof;
import org.unionhall.crypto.proof.RangeProof;
import org.unionhall.crypto.proof.SchnorrProof;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.record.RecordWriter;
import org.unionhall.crypto.tally.Decryption;
import org.unionhall.crypto.tally.ElectionResult;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.KeyCeremony;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.Trustee;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.crypto.verify.CheckResult;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.crypto.verify.Verifier;

/**
 * Proves that the browser code of the booth and the trustee page (web/src/main/frontend, run
 * here with the installed {@code node}) produces exactly what {@code ballot-crypto} accepts: a
 * 2-of-3 ceremony in which trustee 2 is the JavaScript one, a credential made in JavaScript, its
 * ballots over four kinds of contest (challenged, cast, revoted), its partial decryption, and a
 * whole election record that the reference {@link Verifier} passes. Tampered inputs are refused
 * by the JavaScript with a reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoothCompatibilityTest {

    private static final Path DRIVER = Path.of("src/main/frontend/tools/compat.js").toAbsolutePath();
    private static final int JS_TRUSTEE = 2;

    @TempDir
    static Path dir;

    private final SecureRandom random = new SecureRandom();
    private Manifest manifest;
    private byte[] baseHash;
    private final Map<Integer, Trustee> javaTrustees = new TreeMap<>();
    private List<TrusteeAnnouncement> announcements;
    private List<Object> announcementJson;
    private List<EncryptedShare> shares;
    private ElectionContext context;
    private Roll roll;
    private GroupElement jsCredential;
    private Credential javaVoter;
    private RecordCodec.DeclaredContext declared;

    @BeforeAll
    void setUpElection() throws IOException {
        manifest = new Manifest("compat-2026", "Booth compatibility", List.of(
                new Contest("motion-1", "Adopt the budget?", ContestMethod.YES_NO_ABSTAIN, List.of("yes", "no", "abstain"), 1, 1, 1),
                new Contest("chair", "Who chairs the union?", ContestMethod.ONE_OF_N, List.of("Ada", "Bo", "Cy", "Di"), 1, 1, 1),
                new Contest("board", "Elect two board members", ContestMethod.APPROVAL, List.of("Eli", "Fay", "Gus"), 1, 2, 1),
                new Contest("mood", "Rate the proposals", ContestMethod.SCORE, List.of("first", "second"), 0, 6, 3)),
                3, 2);
        baseHash = manifest.baseHash();
        Files.write(dir.resolve("election.json"), Json.bytes(RecordCodec.manifest(manifest)));

        // Message 1: trustees 1 and 3 in Java, trustee 2 in the browser code.
        List<TrusteeAnnouncement> all = new ArrayList<>();
        for (int i : new int[] {1, 3}) {
            Trustee t = new Trustee(i, 3, 2, baseHash, random);
            javaTrustees.put(i, t);
            all.add(t.announce());
        }
        Object jsAnnouncement = Json.parse(node("announce", String.valueOf(JS_TRUSTEE)));
        TrusteeAnnouncement js = RecordCodec.ceremony(Map.of("announcements", List.of(jsAnnouncement),
                "shares", List.of())).announcements().get(0);
        assertEquals(JS_TRUSTEE, js.trustee());
        assertEquals(Optional.empty(), js.problem(baseHash, 3, 2), "the browser's announcement checks");
        all.add(js);
        announcements = KeyCeremony.sorted(all);
        announcementJson = announcementsJson(announcements);
        Files.writeString(dir.resolve("announcements.json"), Json.write(announcementJson));

        // Message 2: every trustee seals a share for every other one.
        List<EncryptedShare> allShares = new ArrayList<>();
        javaTrustees.values().forEach(t -> allShares.addAll(t.sharesFor(announcements)));
        allShares.addAll(decodeShares(Json.parse(node("shares", String.valueOf(JS_TRUSTEE)))));
        allShares.sort(Comparator.comparingInt(EncryptedShare::from).thenComparingInt(EncryptedShare::to));
        shares = allShares;
        Files.writeString(dir.resolve("shares.json"), Json.write(sharesJson(shares)));

        // Receiving: the Java trustees accept the browser's shares, the browser accepts theirs.
        for (Trustee t : javaTrustees.values()) {
            assertEquals(List.of(), t.receive(announcements, shares), "trustee " + t.index() + " complains");
            assertTrue(t.holdsKeyShare());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> received = (Map<String, Object>) Json.parse(node("receive", String.valueOf(JS_TRUSTEE)));
        assertEquals(true, received.get("keyShareKept"), "the browser trustee keeps its key share: " + received);
        assertEquals(Optional.empty(), KeyCeremony.problem(baseHash, 3, 2, announcements, shares));

        // A credential made by the browser code, beside a Java one with a delegate's weight.
        @SuppressWarnings("unchecked")
        Map<String, Object> cred = (Map<String, Object>) Json.parse(node("credential"));
        jsCredential = GroupElement.decode(Bytes.decode((String) cred.get("credential")));
        javaVoter = Credential.generate(random);
        roll = new Roll(List.of(new RollEntry(jsCredential, 1), new RollEntry(javaVoter.publicKey(), 5)));
        byte[] ceremonyDigest = KeyCeremony.digest(baseHash, announcements, shares);
        byte[] rollDigest = roll.digest(baseHash);
        GroupElement key = KeyCeremony.jointKey(announcements);
        context = ElectionContext.create(manifest, key, ceremonyDigest, rollDigest);
        declared = new RecordCodec.DeclaredContext(baseHash, key, ceremonyDigest, rollDigest, context.extendedHash());
        Files.write(dir.resolve("context.json"), Json.bytes(RecordCodec.context(declared)));
    }

    @Test
    void theBrowsersBallotsChallengeAndPartialDecryptionPassTheReferenceVerifier() throws IOException {
        BallotBox box = new BallotBox(context, roll);

        // A challenged ballot: the opening checks and the board keeps it uncounted.
        Prepared challenged = jsBallot("[[1,0,0],[0,0,1,0],[1,1,0],[3,0]]");
        assertEquals(List.of(), BallotChecker.problems(context, challenged.ballot()));
        assertEquals(Optional.empty(),
                BallotChecker.openingProblem(context, challenged.ballot(), challenged.opening()));
        box.challenge(challenged.ballot(), challenged.opening());

        // Cast, then revote: only the last counts.
        Prepared first = jsBallot("[[0,1,0],[1,0,0,0],[0,0,1],[0,2]]");
        box.cast(first.ballot());
        Prepared revote = jsBallot("[[1,0,0],[0,1,0,0],[1,0,1],[2,1]]");
        assertArrayEqualsText(revote.digest(), revote.ballot().digest(context.extendedHash()));
        BoardEntry last = box.cast(revote.ballot());
        assertEquals(3L, last.sequence());

        // A Java voter with weight 5.
        box.cast(Booth.encrypt(context, javaVoter, List.of(List.of(0, 1, 0), List.of(0, 1, 0, 0), List.of(0, 1, 1),
                List.of(1, 3)), random).ballot());

        EncryptedTally tally = EncryptedTally.compute(manifest, roll, box.entries());
        Files.write(dir.resolve("tally.json"), Json.bytes(RecordCodec.tally(tally)));

        // Message 4 from the browser trustee, checked against its public share; trustee 3 is absent.
        Map<Integer, List<PartialDecryption>> byTrustee = RecordCodec.decryption(
                Map.of("trustees", List.of(Json.parse(node("decrypt", String.valueOf(JS_TRUSTEE))))));
        List<PartialDecryption> jsPartials = byTrustee.get(JS_TRUSTEE);
        assertEquals(Optional.empty(), Decryption.problem(context, JS_TRUSTEE,
                KeyCeremony.publicShare(announcements, JS_TRUSTEE), tally, jsPartials));
        Map<Integer, List<PartialDecryption>> present = new TreeMap<>();
        present.put(1, javaTrustees.get(1).decrypt(context.extendedHash(), Decryption.flatten(tally),
                Decryption.contexts(1, tally)));
        present.put(JS_TRUSTEE, jsPartials);
        ElectionResult result = Decryption.result(context, tally, Decryption.combine(2, tally, present));
        assertEquals(List.of(List.of(1L, 5L, 0L), List.of(0L, 6L, 0L, 0L), List.of(1L, 5L, 6L), List.of(7L, 16L)),
                result.counts());

        RecordWriter writer = new RecordWriter(dir.resolve("record"));
        writer.writeSetup(manifest, declared, announcements, shares, roll);
        writer.writeBoard(box.entries());
        writer.writeTally(tally);
        writer.writeDecryption(manifest, present, result);
        VerificationReport report = Verifier.verify(dir.resolve("record"));
        for (CheckResult check : report.checks()) {
            assertEquals(CheckResult.Status.PASSED, check.status(), check.id() + " " + check.failures());
        }
        assertTrue(report.passed());
    }

    @Test
    void aWrongShareToTheBrowserTrusteeBringsAComplaintThatBlamesTheSender() throws IOException {
        List<EncryptedShare> tampered = new ArrayList<>();
        EncryptedShare wrong = null;
        for (EncryptedShare s : shares) {
            if (s.from() == 3 && s.to() == JS_TRUSTEE) {
                byte[] ct = s.ciphertext();
                ct[0] ^= 0x40;
                wrong = new EncryptedShare(s.from(), s.to(), s.ephemeral(), ct, s.mac());
                tampered.add(wrong);
            } else {
                tampered.add(s);
            }
        }
        Path other = Files.createDirectory(dir.resolve("complaint"));
        for (String f : List.of("election.json", "announcements.json", "trustee-" + JS_TRUSTEE + ".json")) {
            Files.copy(dir.resolve(f), other.resolve(f));
        }
        Files.writeString(other.resolve("shares.json"), Json.write(sharesJson(tampered)));
        @SuppressWarnings("unchecked")
        Map<String, Object> received = (Map<String, Object>) Json.parse(run(other, "receive", String.valueOf(JS_TRUSTEE)));
        assertEquals(false, received.get("keyShareKept"));
        List<?> complaints = (List<?>) received.get("complaints");
        assertEquals(1, complaints.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) complaints.get(0);
        ShareComplaint complaint = new ShareComplaint(((Number) c.get("from")).intValue(), ((Number) c.get("to")).intValue(),
                GroupElement.decode(Bytes.decode((String) c.get("sharedSecret"))),
                EqualityProof.decode(Bytes.decode((String) c.get("proof"))));
        assertEquals(KeyCeremony.Verdict.SENDER_AT_FAULT,
                KeyCeremony.judge(baseHash, complaint, wrong, announcements.get(2), announcements.get(1)));
        EncryptedShare honest = shares.stream().filter(s -> s.from() == 3 && s.to() == JS_TRUSTEE).findFirst().orElseThrow();
        assertEquals(KeyCeremony.Verdict.COMPLAINER_AT_FAULT,
                KeyCeremony.judge(baseHash, complaint, honest, announcements.get(2), announcements.get(1)),
                "the same complaint against the honest share blames the complainer");
    }

    @Test
    void theBrowserCodeRefusesTamperedInputWithAReason() throws IOException {
        // A context whose key was swapped for another valid point: H_E no longer matches.
        Path swapped = copyOf("swapped", "election.json", "credential.json");
        RecordCodec.DeclaredContext other = new RecordCodec.DeclaredContext(baseHash, javaVoter.publicKey(),
                declared.ceremonyDigest(), declared.rollDigest(), declared.extendedHash());
        Files.write(swapped.resolve("context.json"), Json.bytes(RecordCodec.context(other)));
        assertRefused(swapped, "context check", "ballot", "[[1,0,0],[1,0,0,0],[1,0,0],[0,0]]");

        // A key that is not on the curve.
        Path offCurve = copyOf("off-curve", "election.json", "credential.json");
        Map<String, Object> ctx = new LinkedHashMap<>(RecordCodec.context(declared));
        byte[] bad = new byte[33];
        bad[0] = 2;
        bad[32] = 1;
        ctx.put("jointKey", Bytes.encode(bad));
        Files.writeString(offCurve.resolve("context.json"), Json.write(ctx));
        assertRefused(offCurve, "group element check", "ballot", "[[1,0,0],[1,0,0,0],[1,0,0],[0,0]]");

        // A choice that breaks a contest's rule is never encrypted.
        assertRefused(dir, "contest limit check", "ballot", "[[1,1,0],[1,0,0,0],[1,0,0],[0,0]]");

        // A tally cell with an uncompressed-point prefix.
        Path tally = copyOf("tally", "election.json", "context.json", "trustee-" + JS_TRUSTEE + ".json");
        byte[] element = javaVoter.publicKey().encode();
        element[0] = 4;
        String cell = "{\"alpha\":\"" + Bytes.encode(element) + "\",\"beta\":\"" + Bytes.encode(javaVoter.publicKey().encode()) + "\"}";
        Files.writeString(tally.resolve("tally.json"), "{\"ballotsCounted\":1,\"contests\":[[" + cell + "," + cell + "," + cell
                + "],[" + cell + "," + cell + "," + cell + "," + cell + "],[" + cell + "," + cell + "," + cell + "],[" + cell
                + "," + cell + "]],\"totalWeight\":1}");
        assertRefused(tally, "group element check", "decrypt", String.valueOf(JS_TRUSTEE));

        // An announcement whose commitment was replaced: no share is sealed for a rogue key.
        Path rogue = copyOf("rogue", "election.json", "trustee-" + JS_TRUSTEE + ".json");
        List<Object> forged = new ArrayList<>(announcementJson);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = new LinkedHashMap<>((Map<String, Object>) forged.get(0));
        first.put("commitments", List.of(Bytes.encode(javaVoter.publicKey().encode()),
                ((List<?>) first.get("commitments")).get(1)));
        forged.set(0, first);
        Files.writeString(rogue.resolve("announcements.json"), Json.write(forged));
        assertRefused(rogue, "coefficient proof 0 fails", "shares", String.valueOf(JS_TRUSTEE));
    }

    /** A ballot made by the browser code as ballot-crypto reads it: the submitted ballot and its opening. */
    private record Prepared(EncryptedBallot ballot, BallotOpening opening, byte[] digest) {
    }

    /**
     * Runs the browser code's encryption and reads its answer with ballot-crypto's own types and
     * decoders (elements, proofs, scalars); re-encoding with {@link RecordCodec#ballot} must give
     * back the very text the browser code wrote, so the encodings agree byte for byte.
     */
    private Prepared jsBallot(String choices) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) Json.parse(node("ballot", choices));
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) out.get("ballot");
        assertEquals(Set.of("contests", "credential", "election", "signature"), b.keySet());
        List<EncryptedContest> contests = new ArrayList<>();
        List<?> cs = (List<?>) b.get("contests");
        assertEquals(manifest.contests().size(), cs.size());
        for (int ci = 0; ci < cs.size(); ci++) {
            Contest contest = manifest.contests().get(ci);
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) cs.get(ci);
            List<Ciphertext> cts = new ArrayList<>();
            List<RangeProof> proofs = new ArrayList<>();
            for (Object o : (List<?>) c.get("selections")) {
                Map<?, ?> sel = (Map<?, ?>) o;
                cts.add(new Ciphertext(element(sel.get("alpha")), element(sel.get("beta"))));
                proofs.add(RangeProof.decode(Bytes.decode((String) sel.get("proof")), 0, contest.range()));
            }
            Optional<RangeProof> limit = c.containsKey("limit")
                    ? Optional.of(RangeProof.decode(Bytes.decode((String) c.get("limit")), contest.min(), contest.max()))
                    : Optional.empty();
            contests.add(new EncryptedContest(cts, proofs, limit));
        }
        EncryptedBallot ballot = new EncryptedBallot(Bytes.decode((String) b.get("election")), element(b.get("credential")),
                contests, SchnorrProof.decode(Bytes.decode((String) b.get("signature"))));
        assertEquals(jsCredential, ballot.credential());
        assertEquals(Json.write(b), Json.write(RecordCodec.ballot(ballot)), "the browser's ballot encodes as ballot-crypto's");
        List<List<Integer>> values = new ArrayList<>();
        List<List<BigInteger>> nonces = new ArrayList<>();
        for (Object row : (List<?>) out.get("opening")) {
            List<Integer> vs = new ArrayList<>();
            List<BigInteger> ns = new ArrayList<>();
            for (Object cell : (List<?>) row) {
                Map<?, ?> m = (Map<?, ?>) cell;
                vs.add(((Number) m.get("value")).intValue());
                ns.add(Scalars.decode(Bytes.decode((String) m.get("nonce"))));
            }
            values.add(vs);
            nonces.add(ns);
        }
        return new Prepared(ballot, new BallotOpening(values, nonces), Bytes.decode((String) out.get("digest")));
    }

    private static GroupElement element(Object base64url) {
        return GroupElement.decode(Bytes.decode((String) base64url));
    }

    private static void assertArrayEqualsText(byte[] expected, byte[] actual) {
        assertEquals(Bytes.encode(expected), Bytes.encode(actual));
    }

    private Path copyOf(String name, String... files) throws IOException {
        Path d = Files.createDirectory(dir.resolve(name));
        for (String f : files) {
            Files.copy(dir.resolve(f), d.resolve(f));
        }
        return d;
    }

    private void assertRefused(Path where, String reason, String... args) throws IOException {
        Result r = exec(where, args);
        assertNotEquals(0, r.exit(), "the browser code accepted tampered input: " + r.stdout());
        assertTrue(r.stderr().contains(reason), "expected a refusal naming '" + reason + "', got: " + r.stderr());
    }

    private static List<Object> announcementsJson(List<TrusteeAnnouncement> as) {
        Map<String, Object> c = RecordCodec.ceremony(as, List.of());
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) c.get("announcements");
        return list;
    }

    private static Object sharesJson(List<EncryptedShare> ss) {
        return RecordCodec.ceremony(List.of(), ss).get("shares");
    }

    private static List<EncryptedShare> decodeShares(Object json) {
        return RecordCodec.ceremony(Map.of("announcements", List.of(), "shares", json)).shares();
    }

    private static String node(String... args) throws IOException {
        return run(dir, args);
    }

    private static String run(Path where, String... args) throws IOException {
        Result r = exec(where, args);
        assertEquals(0, r.exit(), "node " + String.join(" ", args) + " failed: " + r.stderr());
        return r.stdout();
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private static Result exec(Path where, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("node", DRIVER.toString(), args[0], where.toString()));
        for (int i = 1; i < args.length; i++) {
            command.add(args[i]);
        }
        Path err = Files.createTempFile(where, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("node did not finish within 120 s");
            }
            return new Result(p.exitValue(), out, Files.readString(err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
