package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The union's ledger through the REST API on a real Payara Micro with the demo data (whose books
 * hold a year of history): the treasurer Fatima cannot open the Fediverse Moderators' ledger a
 * second time, records a contribution into the Legal
 * Defence fund and a payout in two phases, a retry of the same batch answers the same row and
 * writes nothing, an overdraft is refused with 409 and a sentence; the member Chloé reads the
 * balances and the CSV export; a visitor is asked to sign in and a member of another union is
 * refused. Then a grant request goes the whole way on those books: Chloé asks for moderation
 * labour with a PDF as evidence (a file that lies about its type and one over 10 MB refused), the
 * treasurers Fatima and Noor approve, Oskar pays, and the money moves from the fund to the team.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerApiIT {
    private static final String LEDGER = "api/v1/unions/fediverse-moderators/ledger";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.unionhall();
    }

    @ArquillianResource
    URL deployment;

    private static String transfers(String... orders) {
        return "{\"transfers\":[" + String.join(",", orders) + "]}";
    }

    private static String order(String id, String kind, String fields) {
        return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\"" + fields + "}";
    }

    private static JsonObject account(JsonObject ledger, String name) {
        return ledger.getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void aTreasurerRecordsAContributionAndATwoPhasePayoutAndMembersReadTheBooks() {
        Api api = new Api(deployment);
        Api.Caller fatima = api.demo("fatima@unionhall.example");
        Api.Caller chloe = api.demo(DemoAccounts.PLAIN_MEMBER);
        Api.Caller hana = api.demo("hana@unionhall.example");

        chloe.post(LEDGER, "{\"currency\":\"EUR\"}").problem(403);
        assertTrue(fatima.post(LEDGER, "{\"currency\":\"EUR\"}").problem(409).getString("detail")
                .contains("has a ledger already"), "the demo union keeps its books already");
        JsonObject opened = chloe.get(LEDGER).expect(200).json();
        assertEquals("EUR", opened.getString("currency"));
        long rowsBefore = opened.getJsonNumber("transferCount").longValue();
        BigDecimal legalBefore = new BigDecimal(account(opened, "Legal Defence").getString("balance"));
        String legal = account(opened, "Legal Defence").getString("id");
        String donors = fatima.post(LEDGER + "/accounts", "{\"kind\":\"CONTRIBUTOR\",\"name\":\"Donors\"}")
                .expect(201).json().getString("id");
        String lawyers = fatima.post(LEDGER + "/accounts", "{\"kind\":\"PAYEE\",\"name\":\"Legal aid provider\"}")
                .expect(201).json().getString("id");

        String contribution = order(UUID.randomUUID().toString(), "POSTED", ",\"debit\":\"" + donors
                + "\",\"credit\":\"" + legal + "\",\"amount\":\"120.00\",\"reference\":\"dues:2026-03\"");
        JsonObject recorded = fatima.post(LEDGER + "/transfers", transfers(contribution)).expect(201).json();
        assertEquals(false, recorded.getBoolean("retry"));
        JsonObject row = recorded.getJsonArray("transfers").getJsonObject(0);
        assertEquals("120.00", row.getString("amount"));
        assertEquals(rowsBefore + 1, row.getJsonNumber("sequence").longValue());

        JsonObject again = fatima.post(LEDGER + "/transfers", transfers(contribution)).expect(200).json();
        assertEquals(true, again.getBoolean("retry"));
        assertEquals(row, again.getJsonArray("transfers").getJsonObject(0));

        BigDecimal available = new BigDecimal(account(chloe.get(LEDGER).expect(200).json(), "Legal Defence")
                .getString("available"));
        String reservation = UUID.randomUUID().toString();
        fatima.post(LEDGER + "/transfers", transfers(order(reservation, "PENDING", ",\"debit\":\"" + legal
                + "\",\"credit\":\"" + lawyers + "\",\"amount\":\"80.00\",\"timeoutSeconds\":86400"))).expect(201);
        BigDecimal left = available.subtract(new BigDecimal("80.00"));
        assertEquals(left.toPlainString(), account(chloe.get(LEDGER).expect(200).json(), "Legal Defence")
                .getString("available"));

        JsonObject overdraft = fatima.post(LEDGER + "/transfers", transfers(order(UUID.randomUUID().toString(),
                "POSTED", ",\"debit\":\"" + legal + "\",\"credit\":\"" + lawyers + "\",\"amount\":\""
                        + left.add(new BigDecimal("0.01")).toPlainString() + "\""))).problem(409);
        assertTrue(overdraft.getString("detail").contains("Legal Defence has " + left.toPlainString()
                + " EUR available"), overdraft.getString("detail"));

        fatima.post(LEDGER + "/transfers", transfers(order(UUID.randomUUID().toString(), "POST_PENDING",
                ",\"pending\":\"" + reservation + "\",\"amount\":\"75.50\""))).expect(201);

        JsonObject books = chloe.get(LEDGER).expect(200).json();
        assertEquals(rowsBefore + 3, books.getJsonNumber("transferCount").longValue());
        assertEquals(legalBefore.add(new BigDecimal("44.50")).toPlainString(),
                account(books, "Legal Defence").getString("balance"));
        assertEquals("75.50", account(books, "Legal aid provider").getString("balance"));
        assertTrue(chloe.get(LEDGER + "/verify").expect(200).json().getBoolean("sound"));

        Api.Answer csv = chloe.send(chloe.request(LEDGER + "/export.csv").header("Accept", "*/*").GET().build())
                .expect(200);
        assertEquals("text/csv", csv.mediaType());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(rowsBefore + 4, lines.size(), "a header and every row");
        String mine = lines.get((int) rowsBefore + 1);
        assertTrue(mine.startsWith((rowsBefore + 1) + "," + row.getString("id") + ","), mine);
        assertTrue(mine.contains(",contributors:Donors,funds:Legal Defence,120.00,EUR,,,dues:2026-03,"), mine);
        assertTrue(lines.get((int) rowsBefore + 3).contains(",POST_PENDING,funds:Legal Defence,payees:Legal aid "
                + "provider,75.50,EUR," + reservation + ",,,"), lines.get((int) rowsBefore + 3));

        api.anonymous().get(LEDGER).problem(401);
        hana.get(LEDGER).problem(403);
        hana.send(hana.request(LEDGER + "/export.csv").header("Accept", "*/*").GET().build()).problem(403);
    }

    @Test
    @Order(2)
    void aModerationTeamsRequestIsApprovedByTwoTreasurersAndPaidByAThird() {
        Api api = new Api(deployment);
        Members members = new Members(api);
        Api.Caller chloe = api.demo(DemoAccounts.PLAIN_MEMBER);
        Api.Caller fatima = api.demo("fatima@unionhall.example");
        JsonObject books = fatima.get(LEDGER).expect(200).json();
        BigDecimal fund = new BigDecimal(account(books, "Moderation Labour").getString("balance"));
        BigDecimal team = new BigDecimal(account(books, "Moderation team of social.example.org").getString("balance"));

        String id = chloe.post("api/v1/unions/fediverse-moderators/grants", "{\"kind\":\"MODERATION_LABOUR\","
                + "\"instance\":\"social.example.org\",\"title\":\"November moderation\",\"description\":"
                + "\"412 reports and 37 appeals.\",\"periodFrom\":\"2026-11-01\",\"periodTo\":\"2026-11-30\","
                + "\"hours\":\"12.5\",\"rate\":\"20.00\"}").expect(201).json().getString("id");
        String grant = "api/v1/grants/" + id;
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertTrue(chloe.upload(grant + "/evidence/files?name=log.pdf", "application/pdf", png).problem(422)
                .getString("detail").contains("its content is image/png"));
        chloe.upload(grant + "/evidence/files?name=big.pdf", "application/pdf",
                java.util.Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1)).problem(413);
        String file = chloe.upload(grant + "/evidence/files?name=log.pdf", "application/pdf", pdf).expect(201).json()
                .getString("id");
        assertEquals("SUBMITTED", chloe.post(grant + "/submit", "{}").expect(200).json().getString("status"));

        assertEquals("SUBMITTED", fatima.post(grant + "/approve", "{}").expect(200).json().getString("status"));
        JsonObject approved = members.post("noor", grant + "/approve", "{}").expect(200).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("250.00", approved.getString("amount"));
        assertTrue(fatima.post(grant + "/pay", "{}").problem(409).getString("detail")
                .contains("another treasurer must pay it"));
        assertEquals("PAID", members.post("oskar", grant + "/pay", "{}").expect(200).json().getString("status"));
        members.post("oskar", grant + "/pay", "{}").problem(409);

        Api.Answer download = fatima.send(fatima.request(grant + "/evidence/" + file).header("Accept", "*/*").GET()
                .build()).expect(200);
        assertEquals("application/pdf", download.mediaType());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(new String(pdf, java.nio.charset.StandardCharsets.US_ASCII), download.body());
        members.session("jonas").send(members.session("jonas").request(grant + "/evidence/" + file)
                .header("Accept", "*/*").GET().build()).problem(404);

        JsonObject after = chloe.get(LEDGER).expect(200).json();
        assertEquals(fund.subtract(new BigDecimal("250.00")).toPlainString(),
                account(after, "Moderation Labour").getString("balance"));
        assertEquals(team.add(new BigDecimal("250.00")).toPlainString(),
                account(after, "Moderation team of social.example.org").getString("balance"));
        assertTrue(chloe.get(LEDGER + "/verify").expect(200).json().getBoolean("sound"));
    }
}
