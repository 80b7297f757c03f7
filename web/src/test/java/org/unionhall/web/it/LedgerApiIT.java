package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The union's ledger through the REST API on a real Payara Micro with the demo data: the
 * treasurer Fatima opens the Fediverse Moderators' ledger, records a contribution into the Legal
 * Defence fund and a payout in two phases, a retry of the same batch answers the same row and
 * writes nothing, an overdraft is refused with 409 and a sentence; the member Chloé reads the
 * balances and the CSV export; a visitor is asked to sign in and a member of another union is
 * refused.
 */
@ExtendWith(ArquillianExtension.class)
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
    void aTreasurerRecordsAContributionAndATwoPhasePayoutAndMembersReadTheBooks() {
        Api api = new Api(deployment);
        Api.Caller fatima = api.demo("fatima@unionhall.example");
        Api.Caller chloe = api.demo(DemoAccounts.PLAIN_MEMBER);
        Api.Caller hana = api.demo("hana@unionhall.example");

        chloe.get(LEDGER).problem(404);
        chloe.post(LEDGER, "{\"currency\":\"EUR\"}").problem(403);
        JsonObject opened = fatima.post(LEDGER, "{\"currency\":\"EUR\"}").expect(201).json();
        assertEquals("EUR", opened.getString("currency"));
        assertEquals("0.00", account(opened, "Legal Defence").getString("balance"));
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
        assertEquals(1, row.getInt("sequence"));

        JsonObject again = fatima.post(LEDGER + "/transfers", transfers(contribution)).expect(200).json();
        assertEquals(true, again.getBoolean("retry"));
        assertEquals(row, again.getJsonArray("transfers").getJsonObject(0));

        String reservation = UUID.randomUUID().toString();
        fatima.post(LEDGER + "/transfers", transfers(order(reservation, "PENDING", ",\"debit\":\"" + legal
                + "\",\"credit\":\"" + lawyers + "\",\"amount\":\"80.00\",\"timeoutSeconds\":86400"))).expect(201);
        assertEquals("40.00", account(chloe.get(LEDGER).expect(200).json(), "Legal Defence").getString("available"));

        JsonObject overdraft = fatima.post(LEDGER + "/transfers", transfers(order(UUID.randomUUID().toString(),
                "POSTED", ",\"debit\":\"" + legal + "\",\"credit\":\"" + lawyers + "\",\"amount\":\"40.01\"")))
                .problem(409);
        assertTrue(overdraft.getString("detail").contains("Legal Defence has 40.00 EUR available"),
                overdraft.getString("detail"));

        fatima.post(LEDGER + "/transfers", transfers(order(UUID.randomUUID().toString(), "POST_PENDING",
                ",\"pending\":\"" + reservation + "\",\"amount\":\"75.50\""))).expect(201);

        JsonObject books = chloe.get(LEDGER).expect(200).json();
        assertEquals(3, books.getInt("transferCount"));
        assertEquals("44.50", account(books, "Legal Defence").getString("balance"));
        assertEquals("44.50", account(books, "Legal Defence").getString("available"));
        assertEquals("75.50", account(books, "Legal aid provider").getString("balance"));
        assertTrue(chloe.get(LEDGER + "/verify").expect(200).json().getBoolean("sound"));

        Api.Answer csv = chloe.send(chloe.request(LEDGER + "/export.csv").header("Accept", "*/*").GET().build())
                .expect(200);
        assertEquals("text/csv", csv.mediaType());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(4, lines.size(), csv.body());
        assertTrue(lines.get(1).startsWith("1," + row.getString("id") + ","), lines.get(1));
        assertTrue(lines.get(1).contains(",contributors:Donors,funds:Legal Defence,120.00,EUR,,,dues:2026-03,"),
                lines.get(1));
        assertTrue(lines.get(3).contains(",POST_PENDING,funds:Legal Defence,payees:Legal aid provider,75.50,EUR,"
                + reservation + ",,,"), lines.get(3));

        api.anonymous().get(LEDGER).problem(401);
        hana.get(LEDGER).problem(403);
        hana.send(hana.request(LEDGER + "/export.csv").header("Accept", "*/*").GET().build()).problem(403);
    }
}
