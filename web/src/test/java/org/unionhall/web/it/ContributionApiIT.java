package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contributions through the REST API on a real Payara Micro with the demo data: the treasurer
 * Fatima records Chloé's dues (a retry answers the first record and writes nothing; the same id
 * with another amount, a zero, negative or oversized amount, a wrong currency and a missing field
 * are refused with a sentence and change nothing), previews and imports a bank statement twice
 * (the second import adds nothing; a malformed statement or one over the size limit is refused);
 * Chloé pledges, sees her own contributions and the totals but not anyone else's, and cancels her
 * pledge; the ledger's export never names her.
 */
@ExtendWith(ArquillianExtension.class)
class ContributionApiIT {
    private static final String UNION = "api/v1/unions/fediverse-moderators";
    private static final String LEDGER = UNION + "/ledger";
    private static final String CONTRIBUTIONS = UNION + "/contributions";
    private static final String PLEDGES = UNION + "/pledges";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.unionhall();
    }

    @ArquillianResource
    URL deployment;

    private static String contribution(String id, String member, String fund, String amount, String currency) {
        return "{\"id\":\"" + id + "\",\"kind\":\"DUES\",\"giver\":\"MEMBER\",\"member\":\"" + member
                + "\",\"fund\":\"" + fund + "\",\"amount\":\"" + amount + "\",\"currency\":\"" + currency
                + "\",\"receivedOn\":\"" + LocalDate.now(ZoneOffset.UTC) + "\"}";
    }

    private static Api.Answer csv(Api api, Api.Caller caller, String path, String file) {
        return caller.send(caller.request(path).header("Content-Type", "text/csv; charset=utf-8")
                .header("Origin", api.origin()).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8)).build());
    }

    @Test
    void aTreasurerRecordsAndImportsContributionsAndAMemberSeesOnlyTheirOwn() {
        Api api = new Api(deployment);
        Api.Caller fatima = api.demo("fatima@unionhall.example");
        Api.Caller chloe = api.demo(DemoAccounts.PLAIN_MEMBER);
        Api.Caller hana = api.demo("hana@unionhall.example");
        String chloeId = chloe.get("api/v1/me").expect(200).json().getString("memberId");

        JsonObject opened = fatima.get(LEDGER).expect(200).json();
        String general = opened.getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals("General")).findFirst().orElseThrow().getString("id");

        String id = UUID.randomUUID().toString();
        JsonObject recorded = fatima.post(CONTRIBUTIONS, contribution(id, chloeId, general, "12.50", "EUR"))
                .expect(201).json();
        assertFalse(recorded.getBoolean("retry"));
        assertEquals("12.50", recorded.getJsonObject("contribution").getString("amount"));
        assertEquals("Chloé Martin", recorded.getJsonObject("contribution").getString("memberName"));
        JsonObject again = fatima.post(CONTRIBUTIONS, contribution(id, chloeId, general, "12.50", "EUR"))
                .expect(200).json();
        assertTrue(again.getBoolean("retry"));
        assertEquals(recorded.getJsonObject("contribution"), again.getJsonObject("contribution"));

        String before = fatima.get(CONTRIBUTIONS).expect(200).body() + chloe.get(LEDGER).expect(200).body();
        assertTrue(fatima.post(CONTRIBUTIONS, contribution(id, chloeId, general, "13.00", "EUR")).problem(409)
                .getString("detail").contains("was recorded already with other details"));
        for (List<String> bad : List.of(List.of("0.00", "EUR", "more than zero"), List.of("-1.00", "EUR", "without a sign"),
                List.of("99999999999999999", "EUR", "too large"), List.of("5.00", "USD", "keeps EUR"))) {
            String detail = fatima.post(CONTRIBUTIONS, contribution(UUID.randomUUID().toString(), chloeId, general,
                    bad.get(0), bad.get(1))).problem(422).getString("detail");
            assertTrue(detail.contains(bad.get(2)), detail);
        }
        fatima.post(CONTRIBUTIONS, "{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"DONATION\"}").problem(422);
        assertEquals(before, fatima.get(CONTRIBUTIONS).expect(200).body() + chloe.get(LEDGER).expect(200).body(),
                "refused calls change nothing");

        JsonObject pledge = chloe.post(PLEDGES, "{\"kind\":\"DUES\",\"fund\":\"" + general + "\",\"amount\":\"10.00\","
                + "\"currency\":\"EUR\",\"period\":\"MONTHLY\"}").expect(201).json();
        assertEquals("DUE", pledge.getString("standing"));
        chloe.post(PLEDGES, "{\"kind\":\"DUES\",\"fund\":\"" + general + "\",\"amount\":\"11.00\","
                + "\"currency\":\"EUR\",\"period\":\"MONTHLY\"}").problem(409);
        assertTrue(fatima.get(PLEDGES).expect(200).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("id").equals(pledge.getString("id"))
                        && p.getString("memberName").equals("Chloé Martin")));

        String statement = "date,amount,currency,payer,reference\r\n"
                + LocalDate.now(ZoneOffset.UTC) + ",20.00,EUR,Jane Doe,Donation\r\n"
                + LocalDate.now(ZoneOffset.UTC) + ",-3.00,EUR,Bank,Fees\r\n"
                + LocalDate.now(ZoneOffset.UTC) + ",10.00,EUR,C Martin,\"Dues pledge:" + pledge.getString("id") + "\"\r\n";
        String path = CONTRIBUTIONS + "/statement?fund=" + general;
        long rows = chloe.get(LEDGER).expect(200).json().getJsonNumber("transferCount").longValue();
        JsonObject preview = csv(api, fatima, CONTRIBUTIONS + "/statement/preview?fund=" + general, statement)
                .expect(200).json();
        assertEquals(List.of("NEW", "OUTGOING", "NEW"), preview.getJsonArray("lines").getValuesAs(JsonObject.class)
                .stream().map(l -> l.getString("status")).toList());
        assertEquals("30.00", preview.getString("newAmount"));
        assertEquals(rows, chloe.get(LEDGER).expect(200).json().getJsonNumber("transferCount").longValue(),
                "a preview writes nothing");
        JsonObject imported = csv(api, fatima, path, statement).expect(201).json();
        assertEquals(2, imported.getInt("newLines"));
        JsonObject twice = csv(api, fatima, path, statement).expect(200).json();
        assertEquals(0, twice.getInt("newLines"));
        assertEquals(2, twice.getInt("alreadyImported"));
        assertEquals(rows + 4, chloe.get(LEDGER).expect(200).json().getJsonNumber("transferCount").longValue());
        assertTrue(csv(api, fatima, path, "Datum;Betrag\r\n1;2\r\n").problem(422).getString("detail")
                .startsWith("Line 1:"));
        assertTrue(csv(api, fatima, path, statement.replace("20.00,EUR", "20.00,USD")).problem(422)
                .getString("detail").contains("Line 2: This ledger keeps EUR"));
        csv(api, fatima, path, "date,amount,currency,payer,reference\r\n" + "x".repeat(1_100_000)).problem(413);
        csv(api, chloe, path, statement).problem(403);

        JsonObject mine = chloe.get(CONTRIBUTIONS + "/mine").expect(200).json();
        assertEquals(List.of("10.00", "12.50"), mine.getJsonArray("contributions").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("amount")).sorted().toList());
        assertEquals("PAID", mine.getJsonArray("pledges").getJsonObject(0).getString("standing"));
        JsonObject totals = chloe.get(CONTRIBUTIONS + "/totals").expect(200).json();
        assertEquals("42.50", totals.getJsonArray("months").getJsonObject(0).getString("amount"));
        chloe.get(CONTRIBUTIONS).problem(403);
        chloe.get(PLEDGES).problem(403);
        hana.get(CONTRIBUTIONS + "/totals").problem(403);
        api.anonymous().get(CONTRIBUTIONS + "/mine").problem(401);

        String export = chloe.send(chloe.request(LEDGER + "/export.csv").header("Accept", "*/*").GET().build())
                .expect(200).body();
        assertTrue(export.contains("contributors:Member dues"), export);
        for (String personal : List.of("Chlo", "Martin", "Jane", chloeId)) {
            assertFalse(export.contains(personal), "the ledger's export never names " + personal);
        }

        assertEquals("CANCELLED", chloe.post(PLEDGES + "/" + pledge.getString("id") + "/cancel", "{}").expect(200)
                .json().getString("standing"));
        chloe.post(PLEDGES + "/" + pledge.getString("id") + "/cancel", "{}").problem(409);
    }
}
