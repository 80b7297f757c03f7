package org.unionhall.web.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unionhall.web.it.Members;

/**
 * What members see of an installation, as the JSON the REST API answers: every chapter's member
 * list, the motions of both unions, both unions' ledgers (balances and head hash, which stands for
 * the whole chain of rows), the election's result and its whole board. Two installations with
 * equal snapshots hold the same members, motions, books and ballots.
 */
final class Snapshot {
    private static final List<List<String>> CHAPTERS = List.of(List.of("amara", "moderators-europe"),
            List.of("amara", "moderators-americas"), List.of("lena", "makers-crafters"), List.of("lena", "digital-creators"));

    private Snapshot() {
    }

    static Map<String, String> of(Members members, String electionId) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (List<String> c : CHAPTERS) {
            String path = "api/v1/chapters/" + c.get(1) + "/members?size=100";
            seen.put(path, members.get(c.get(0), path).expect(200).body());
        }
        for (List<String> u : List.of(List.of("chloe", "fediverse-moderators"), List.of("lena", "indie-sellers"))) {
            String path = "api/v1/motions?union=" + u.get(1);
            seen.put(path, members.get(u.get(0), path).expect(200).body());
            String ledger = "api/v1/unions/" + u.get(1) + "/ledger";
            seen.put(ledger, members.get(u.get(0), ledger).expect(200).body());
        }
        String election = "api/v1/elections/" + electionId;
        seen.put(election + "/result", members.get(SecretBallot.STEWARD, election + "/result").expect(200).body());
        StringBuilder board = new StringBuilder();
        long from = 1;
        while (true) {
            String page = members.get(SecretBallot.STEWARD, election + "/board?from=" + from).expect(200).body();
            if (!page.contains("\"seq\"")) {
                break;
            }
            board.append(page);
            from += 1000;
        }
        seen.put(election + "/board", board.toString());
        return seen;
    }
}
