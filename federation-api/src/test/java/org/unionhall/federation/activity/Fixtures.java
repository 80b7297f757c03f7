package org.unionhall.federation.activity;

import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unionhall.federation.json.Vocabulary;
import org.unionhall.federation.proof.Ed25519;
import org.unionhall.federation.proof.Multikey;

/** One federation of two unions on two installations, and a Mastodon user. */
final class Fixtures {

    static final URI RIDERS = URI.create("https://riders.example/groups/riders");
    static final URI RIDERS_KEY = URI.create(RIDERS + "#main-key");
    static final URI RIDERS_ED25519 = URI.create(RIDERS + "#ed25519-key");
    static final URI FEDERATION = URI.create("https://federation.example/groups/platform-workers");
    static final URI ALICE = URI.create("https://mastodon.example/users/alice");
    static final Instant NOON = Instant.parse("2026-12-08T12:00:00Z");
    static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final KeyPair RIDERS_PAIR = Ed25519.generate();
    static final String PEM = pem();

    private Fixtures() {
    }

    static URI at(URI base, String path) {
        return URI.create(base + path);
    }

    private static String pem() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(rsa.generateKeyPair().getPublic().getEncoded());
            return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Group riders() {
        return new Group(RIDERS, "riders", "Riders' Union", Optional.of("Couriers of the delivery apps"),
                at(RIDERS, "/inbox"), at(RIDERS, "/outbox"), at(RIDERS, "/followers"),
                new HttpSignatureKey(RIDERS_KEY, RIDERS, PEM),
                List.of(Multikey.of(RIDERS_ED25519, RIDERS, RIDERS_PAIR.getPublic())));
    }

    static Motion motion() {
        return new Motion(at(FEDERATION, "/motions/7"), FEDERATION, "Fund the moderators' legal defence",
                "The federation pays up to 5,000 EUR of legal costs.", NOON, NOON.plusSeconds(7 * 86400),
                List.of("yes", "no", "abstain"));
    }

    static List<FederationObject> everyType() {
        return List.of(
                riders(),
                new Application(URI.create("https://riders.example/actor"), "riders.example",
                        URI.create("https://riders.example/actor/inbox"), URI.create("https://riders.example/actor/outbox"),
                        new HttpSignatureKey(URI.create("https://riders.example/actor#main-key"),
                                URI.create("https://riders.example/actor"), PEM)),
                new Note(at(RIDERS, "/notes/1"), RIDERS, "<p>The strike vote opens on Friday.</p>", NOON,
                        List.of(Vocabulary.PUBLIC), List.of(at(RIDERS, "/followers"))),
                new Question(at(RIDERS, "/questions/1"), RIDERS, "Which day suits the assembly?",
                        List.of("Saturday", "Sunday"), NOON, Optional.of(NOON.plusSeconds(86400)),
                        List.of(Vocabulary.PUBLIC), List.of()),
                motion(),
                new RollCallVote(at(RIDERS, "/roll-call/7/north"), RIDERS, at(RIDERS, "/delegates/sam"),
                        at(RIDERS, "/chapters/north"), at(FEDERATION, "/motions/7"), 412, "yes"),
                new CertifiedMembershipCount(at(RIDERS, "/counts/north/2026-12"), RIDERS, at(RIDERS, "/chapters/north"),
                        412, Instant.parse("2026-12-01T00:00:00Z")),
                new ElectionRecordAnnouncement(at(RIDERS, "/elections/12/announcement"), RIDERS,
                        at(RIDERS, "/elections/12"), at(RIDERS, "/elections/12/record.zip"), DIGEST,
                        "Kim Lee elected treasurer with 61% of 1,204 ballots"),
                new LedgerCheckpoint(at(RIDERS, "/ledgers/general/checkpoints/12"), RIDERS,
                        at(RIDERS, "/ledgers/general"), "EUR", 1200, DIGEST,
                        new LedgerCheckpoint.TrialBalance(9_876_500, 9_876_500), Optional.of(DIGEST.replace('9', '8')),
                        NOON),
                new LedgerCheckpoint(at(RIDERS, "/ledgers/general/checkpoints/1"), RIDERS,
                        at(RIDERS, "/ledgers/general"), "EUR", 0, DIGEST, new LedgerCheckpoint.TrialBalance(0, 0),
                        Optional.empty(), NOON),
                new AssemblyResult(at(FEDERATION, "/motions/7/result"), FEDERATION, at(FEDERATION, "/motions/7"),
                        Map.of("yes", 1412L, "no", 300L, "abstain", 0L), DIGEST),
                Activity.follow(URI.create("https://mastodon.example/users/alice#follows/1"), ALICE, RIDERS),
                Activity.create(at(FEDERATION, "/motions/7/create"), FEDERATION, motion(),
                        List.of(Vocabulary.PUBLIC), List.of(at(FEDERATION, "/followers")), NOON),
                Activity.delete(at(RIDERS, "/notes/1/delete"), RIDERS, at(RIDERS, "/notes/1"),
                        List.of(Vocabulary.PUBLIC), List.of(), NOON));
    }
}
