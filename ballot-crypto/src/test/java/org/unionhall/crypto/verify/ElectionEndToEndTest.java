package org.unionhall.crypto.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionhall.crypto.cli.Simulation;
import org.unionhall.crypto.record.Json;

/**
 * A whole election, verified after every phase (setup, voting, tally, decryption), then recounted
 * independently from the revealed plaintexts.
 */
class ElectionEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void aYesNoAbstainElectionVerifiesAfterEveryPhaseAndRecounts() throws Exception {
        run("yes-no-abstain", 60);
    }

    @Test
    void approvalOneOfNAndScoreElectionsVerifyAndRecount() throws Exception {
        for (String contest : List.of("approval:5", "one-of-n:4", "score:3")) {
            run(contest, 25);
        }
    }

    private void run(String contest, int voters) throws Exception {
        Path record = dir.resolve(contest.replace(':', '-'));
        Path reveal = dir.resolve(contest.replace(':', '-') + "-reveal.json");
        List<String> phases = new ArrayList<>();
        Simulation.Outcome outcome = RecordFixture.simulate(record, voters, contest, 20261121L, Optional.of(reveal), phases,
                phase -> {
                    VerificationReport r = Verifier.verify(record);
                    assertTrue(r.nothingFailed(), phase + ": " + r.checks());
                    String firstWaiting = switch (phase) {
                        case "setup" -> "V7";
                        case "voting" -> "V14";
                        case "tally" -> "V15";
                        default -> null;
                    };
                    if (firstWaiting == null) {
                        assertTrue(r.passed(), r.checks().toString());
                    } else {
                        assertEquals(CheckResult.Status.NOT_YET, r.check(firstWaiting).status(), phase);
                        assertEquals(CheckResult.Status.PASSED, r.check("V6").status(), phase);
                    }
                });
        assertEquals(List.of("setup", "voting", "tally", "decryption"), phases);
        assertTrue(outcome.challenged() > 0 || voters < 30, "some ballots are challenged");
        assertEquals(List.of(1, 2, 3).size() - 1, outcome.trusteesPresent().size(), "one trustee is missing");

        @SuppressWarnings("unchecked")
        Map<String, Object> revealed = (Map<String, Object>) Json.parse(Files.readString(reveal));
        int options = outcome.manifest().contests().get(0).options().size();
        long[] recount = new long[options];
        for (Object v : revealed.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) v;
            long weight = (Long) item.get("weight");
            @SuppressWarnings("unchecked")
            List<Object> choice = (List<Object>) ((List<Object>) item.get("choices")).get(0);
            for (int i = 0; i < options; i++) {
                recount[i] += weight * (Long) choice.get(i);
            }
        }
        assertEquals(outcome.counted(), revealed.size());
        for (int i = 0; i < options; i++) {
            assertEquals(recount[i], outcome.result().counts().get(0).get(i), contest + " option " + i);
        }
    }
}
