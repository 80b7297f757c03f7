package org.unionhall.web.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Members;

/**
 * The demo treasurers keeping their unions' books through the REST API while the crash test kills
 * the server: Fatima records for the Fediverse Moderators' Union from two threads at once, Ravi
 * for the Indie Sellers' Union from one. Each batch is linked, four legs recorded all or none: a
 * contributor pays into the General fund, the fund reserves part of it for a payee, the
 * reservation is posted in part, and the fund pays the payee a little more, each leg with an id
 * chosen here. A batch answered 201 is acknowledged; one whose answer never came (the kill cut it
 * off, or the server was not ready) is kept as sent, to be found whole or not at all.
 */
final class Treasurers {
    /**
     * One treasurer's desk: who records, who reads the books as a member, in which union; its
     * number names its accounts.
     */
    private record Desk(String treasurer, String reader, String union, String number) {
        String ledger() {
            return "api/v1/unions/" + union + "/ledger";
        }
    }

    private static final List<Desk> DESKS = List.of(
            new Desk("fatima", "chloe", "fediverse-moderators", "1"),
            new Desk("fatima", "chloe", "fediverse-moderators", "2"),
            new Desk("ravi", "lena", "indie-sellers", "3"));
    private static final String FUND = "General";

    /**
     * One leg as sent and as the ledger must show it.
     *
     * @param pending for a post: the reservation it resolves, else null
     */
    record Leg(String id, String kind, String debit, String credit, String amount, String pending) {
    }

    /** One linked batch: where it was sent, its body and its legs. */
    record Batch(String union, String treasurer, String body, List<Leg> legs) {
    }

    /** A batch answered 201, with the rows the answer named and when it came. */
    record Acknowledged(Batch batch, JsonArray rows, long answeredAt) {
    }

    final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Batch> unanswered = new ConcurrentLinkedQueue<>();
    private final Members members;
    private final Map<Desk, List<String>> accounts = new HashMap<>();
    /** The rows each union's ledger held before the treasurers set to work (the demo's year of books). */
    private final Map<String, Set<String>> before = new HashMap<>();

    private Treasurers(Members members) {
        this.members = members;
    }

    /**
     * Opens each union's ledger in euros if it has none, and for each desk a contributor and a
     * payee account; the fund is the ledger's own General fund.
     */
    static Treasurers atWork(Members members) {
        Treasurers treasurers = new Treasurers(members);
        for (Desk desk : DESKS) {
            Answer ledger = members.get(desk.treasurer(), desk.ledger());
            JsonObject books = ledger.status() == 404
                    ? members.post(desk.treasurer(), desk.ledger(), "{\"currency\":\"EUR\"}").expect(201).json()
                    : ledger.expect(200).json();
            String fund = account(books, FUND);
            String contributor = treasurers.open(desk, "CONTRIBUTOR", "Crash test contributor " + desk.number());
            String payee = treasurers.open(desk, "PAYEE", "Crash test payee " + desk.number());
            treasurers.accounts.put(desk, List.of(contributor, fund, payee));
            treasurers.before.computeIfAbsent(desk.union(), u -> new HashSet<>(rows(members, desk).keySet()));
        }
        return treasurers;
    }

    private String open(Desk desk, String kind, String name) {
        return members.post(desk.treasurer(), desk.ledger() + "/accounts", "{\"kind\":\"" + kind + "\",\"name\":\""
                + name + "\"}").expect(201).json().getString("id");
    }

    private static String account(JsonObject ledger, String name) {
        return ledger.getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name)).findFirst().orElseThrow().getString("id");
    }

    /** One loop body per desk, for the crash test's client threads. */
    List<Runnable> desks() {
        return DESKS.stream().<Runnable>map(desk -> () -> recordOnce(desk)).toList();
    }

    /**
     * Records one linked batch: 201 is acknowledged; a cut-off request or a 503 is unanswered
     * (the cut-off is thrown on, for the caller to count and wait); anything else fails the test.
     */
    private void recordOnce(Desk desk) {
        Batch batch = batch(desk);
        Answer answer;
        try {
            answer = members.post(desk.treasurer(), desk.ledger() + "/transfers", batch.body());
        } catch (UncheckedIOException cutOff) {
            unanswered.add(batch);
            throw cutOff;
        }
        if (answer.status() == 201) {
            acknowledged.add(new Acknowledged(batch, answer.json().getJsonArray("transfers"), System.nanoTime()));
        } else if (answer.status() == 503) {
            unanswered.add(batch);
        } else {
            throw new AssertionError("a linked batch was answered " + answer.status() + ": " + answer.body());
        }
    }

    /** Four legs that pay for themselves, so that no batch can overdraw the shared fund. */
    private Batch batch(Desk desk) {
        List<String> a = accounts.get(desk);
        String contributor = a.get(0);
        String fund = a.get(1);
        String payee = a.get(2);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long paidIn = 5_000 + random.nextLong(5_000);
        long reserved = paidIn / 2;
        long posted = reserved - random.nextLong(reserved / 2);
        long paidOut = 1 + random.nextLong(paidIn - reserved);
        String reservation = UUID.randomUUID().toString();
        List<Leg> legs = List.of(
                new Leg(UUID.randomUUID().toString(), "POSTED", contributor, fund, euros(paidIn), null),
                new Leg(reservation, "PENDING", fund, payee, euros(reserved), null),
                new Leg(UUID.randomUUID().toString(), "POST_PENDING", fund, payee, euros(posted), reservation),
                new Leg(UUID.randomUUID().toString(), "POSTED", fund, payee, euros(paidOut), null));
        JsonArrayBuilder orders = Json.createArrayBuilder();
        for (Leg leg : legs) {
            var order = Json.createObjectBuilder().add("id", leg.id()).add("kind", leg.kind())
                    .add("amount", leg.amount()).add("reference", "crash:" + desk.number());
            if (leg.pending() != null) {
                order.add("pending", leg.pending());
            } else {
                order.add("debit", leg.debit()).add("credit", leg.credit());
            }
            if (leg.kind().equals("PENDING")) {
                order.add("timeoutSeconds", 86_400);
            }
            orders.add(order);
        }
        String body = Json.createObjectBuilder().add("transfers", orders).build().toString();
        return new Batch(desk.union(), desk.treasurer(), body, legs);
    }

    private static String euros(long cents) {
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }

    /**
     * What the books must show on this installation: every leg of every acknowledged batch as its
     * answer named it and as it was sent; every unanswered batch whole or not at all; no row that
     * was never sent; the verification sound. With {@code retry}, every acknowledged batch is sent
     * again and must answer 200 with its first rows while the books do not grow; then every
     * unanswered batch is sent again, as its treasurer would, and answers 200 with the rows kept
     * when it was kept, or is recorded now (201), so that afterwards every batch is in the books.
     *
     * @return how many unanswered batches were found whole
     */
    int check(Members on, boolean retry) {
        int whole = 0;
        for (String union : DESKS.stream().map(Desk::union).distinct().toList()) {
            Desk desk = DESKS.stream().filter(d -> d.union().equals(union)).findFirst().orElseThrow();
            Map<String, JsonObject> rows = rows(on, desk);
            Set<String> sent = new HashSet<>(before.getOrDefault(union, Set.of()));
            for (Acknowledged a : acknowledged) {
                if (!a.batch().union().equals(union)) {
                    continue;
                }
                for (int i = 0; i < a.batch().legs().size(); i++) {
                    Leg leg = a.batch().legs().get(i);
                    sent.add(leg.id());
                    assertEquals(a.rows().getJsonObject(i), rows.get(leg.id()), "leg " + (i + 1)
                            + " of an acknowledged batch is in the ledger as its answer named it");
                    assertSent(leg, rows.get(leg.id()));
                }
            }
            for (Batch b : unanswered) {
                if (!b.union().equals(union)) {
                    continue;
                }
                long present = b.legs().stream().filter(leg -> rows.containsKey(leg.id())).count();
                assertTrue(present == 0 || present == b.legs().size(), "an unanswered batch is in the ledger whole "
                        + "or not at all, not " + present + " of its legs: " + b.body());
                if (present > 0) {
                    whole++;
                    b.legs().forEach(leg -> assertSent(leg, rows.get(leg.id())));
                }
                b.legs().forEach(leg -> sent.add(leg.id()));
            }
            assertTrue(sent.containsAll(rows.keySet()), "every row of the ledger was there before or sent by a "
                    + "treasurer");
            JsonObject verified = on.get(desk.reader(), desk.ledger() + "/verify").expect(200).json();
            assertTrue(verified.getBoolean("sound") && verified.getJsonArray("findings").isEmpty(),
                    "the books verify: " + verified);
            if (retry) {
                for (Acknowledged a : acknowledged) {
                    if (a.batch().union().equals(union)) {
                        JsonObject again = on.post(a.batch().treasurer(), desk.ledger() + "/transfers",
                                a.batch().body()).expect(200).json();
                        assertTrue(again.getBoolean("retry"), "a retry is answered as one");
                        assertEquals(a.rows(), again.getJsonArray("transfers"), "a retry answers the first rows");
                    }
                }
                assertEquals(rows.size(), on.get(desk.reader(), desk.ledger()).expect(200).json()
                        .getJsonNumber("transferCount").longValue(), "the retries wrote nothing");
                for (Batch b : unanswered) {
                    if (b.union().equals(union)) {
                        boolean kept = rows.containsKey(b.legs().get(0).id());
                        JsonArray answered = on.post(b.treasurer(), desk.ledger() + "/transfers", b.body())
                                .expect(kept ? 200 : 201).json().getJsonArray("transfers");
                        for (int i = 0; i < b.legs().size(); i++) {
                            assertSent(b.legs().get(i), answered.getJsonObject(i));
                            if (kept) {
                                assertEquals(rows.get(b.legs().get(i).id()), answered.getJsonObject(i),
                                        "a cut-off batch sent again answers the rows kept");
                            }
                        }
                    }
                }
            }
        }
        return whole;
    }

    private static void assertSent(Leg leg, JsonObject row) {
        assertEquals(List.of(leg.kind(), leg.debit(), leg.credit(), leg.amount(), String.valueOf(leg.pending())),
                List.of(row.getString("kind"), row.getString("debit"), row.getString("credit"),
                        row.getString("amount"), String.valueOf(row.getString("pendingId", null))),
                "the row of transfer " + leg.id() + " moves what was sent between the accounts sent");
    }

    /** Every row of a union's ledger by transfer id, read page by page, numbered 1 … n without a gap. */
    private static Map<String, JsonObject> rows(Members on, Desk desk) {
        Map<String, JsonObject> rows = new HashMap<>();
        List<Long> sequences = new ArrayList<>();
        long total = 1;
        for (int page = 0; rows.size() < total; page++) {
            JsonObject answer = on.get(desk.reader(), desk.ledger() + "/transfers?size=100&page=" + page).expect(200)
                    .json();
            total = answer.getJsonNumber("total").longValue();
            List<JsonObject> items = answer.getJsonArray("items").getValuesAs(JsonObject.class);
            if (items.isEmpty()) {
                break;
            }
            items.forEach(r -> {
                rows.put(r.getString("id"), r);
                sequences.add(r.getJsonNumber("sequence").longValue());
            });
        }
        assertEquals(total, rows.size(), "every row of the ledger was read");
        assertEquals(LongStream.rangeClosed(1, total).boxed().toList(), sequences.stream().sorted().toList(),
                "the rows are numbered 1 … " + total + " without a gap");
        return rows;
    }
}
