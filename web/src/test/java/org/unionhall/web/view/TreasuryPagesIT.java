package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.unionhall.crypto.ballot.Credential;
import org.unionhall.web.it.Api;
import org.unionhall.web.it.ElectionRun;
import org.unionhall.web.it.Members;

/**
 * The treasury's pages in a real Chromium, on the demo's year of books: Mateo, of the moderation
 * team of Example Social, asks for November's hours from the union's page, gives a link as
 * evidence and submits; the treasurer Fatima finds it waiting and approves; Noor approves too and
 * the money is reserved; Oskar must tick the confirmation before he records the payment; the
 * treasury page then lists it as paid and the fund holds less. A request above the bylaws' limit
 * shows the budget motion by which the members decide it; the delegates carry it in the congress,
 * the ledger's timer approves the request and Noor pays it. Fatima puts three moderation requests
 * before the members as a participatory budget; the trustees' ceremony and four members' approval
 * ballots run through the API as their devices would; the ledger's timer funds the winners and the
 * budget's page shows each request's approvals and why it was or was not funded. Chloé asks for
 * legal aid. On the contribution pages Mateo pledges 10.00 EUR a month on his own page; Fatima
 * finds the pledge on the contributions page, records Mateo's dues (after an amount written with a
 * comma is refused) and a donation of Example Social thanked publicly, and sees the month's total
 * into General grow by them; she imports a bank statement after its preview (two donations added,
 * a payment out left alone) and the total grows by the donations; the same statement checked
 * again has nothing new and adds nothing. Mateo then finds his dues on his page and cancels his
 * pledge, after being asked again. All share one server, which saves starting one per page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TreasuryPagesIT {
    private static final String UNION = "fediverse-moderators";
    private static final String CONTRIBUTIONS_TITLE = "Contributions to Fediverse Moderators' Union";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive unionhall() {
        File war = new File("target/unionhall.war");
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath() + " is missing: run the package phase first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    @Test
    void aModerationTeamIsPaidAfterTwoApprovalsAndTheMembersDecideALargeRequest() throws Exception {
        String request;
        try (Browser mateo = Browser.open(base)) {
            mateo.signIn("mateo@unionhall.example");
            mateo.go("/union/view.xhtml?union=" + UNION);
            mateo.find(By.linkText("Treasury: funds and grant requests")).click();
            mateo.waitForTitle("Treasury of Fediverse Moderators' Union");
            String before = mateo.find(By.id("fundTable")).getText();
            assertTrue(before.contains("Moderation Labour") && before.contains("EUR"), before);
            mateo.screenshot("treasury");

            mateo.find(By.id("newRequest")).click();
            mateo.waitForTitle("Ask Fediverse Moderators' Union for a grant");
            mateo.find(By.id("request:title")).sendKeys("December moderation on Example Social");
            new org.openqa.selenium.support.ui.Select(mateo.find(By.id("request:instance")))
                    .selectByVisibleText("Example Social (social.example.org)");
            mateo.script("document.getElementById('request:periodFrom').value = '2026-11-01';"
                    + "document.getElementById('request:periodTo').value = '2026-11-30';");
            mateo.find(By.id("request:hours")).sendKeys("12.5");
            mateo.find(By.id("request:rate")).sendKeys("20.00");
            mateo.find(By.id("request:description")).sendKeys("Evening shifts: 190 reports and 12 appeals.");
            mateo.screenshot("grant-request-form");
            mateo.find(By.id("request:save")).click();
            mateo.waitForMessage("Your draft is saved");
            assertEquals("draft", mateo.find(By.id("status")).getText());
            assertTrue(mateo.find(By.id("amount")).getText().contains("250.00 EUR"));
            request = mateo.currentUrl().replaceAll(".*[?&]id=([0-9a-f-]+).*", "$1");

            mateo.find(By.id("addLink:label")).sendKeys("Moderation log");
            mateo.find(By.id("addLink:link")).sendKeys("https://social.example.org/admin/reports?month=2026-11");
            mateo.find(By.id("addLink:addLinkButton")).click();
            mateo.waitForMessage("The link is added");
            mateo.find(By.id("steps:submit")).click();
            mateo.waitForMessage("Your request is with the treasurers");
            assertEquals("submitted", mateo.find(By.id("status")).getText());
        }

        try (Browser fatima = Browser.open(base)) {
            fatima.signIn("fatima@unionhall.example");
            fatima.go("/treasury/index.xhtml?union=" + UNION);
            fatima.waitForTitle("Treasury of");
            fatima.find(By.id("waitingTable")).findElement(By.linkText("December moderation on Example Social"))
                    .click();
            fatima.waitForTitle("December moderation on Example Social");
            fatima.find(By.id("steps:approve")).click();
            fatima.waitForMessage("Your approval is recorded");
            assertTrue(fatima.find(By.id("approvalList")).getText().contains("Fatima Al-Sayed"));
        }

        try (Browser noor = Browser.open(base)) {
            noor.signIn("noor@unionhall.example");
            noor.go("/treasury/grant.xhtml?id=" + request);
            noor.find(By.id("steps:approve")).click();
            noor.waitForMessage("Your approval is recorded");
            assertEquals("approved", noor.find(By.id("status")).getText());
            assertTrue(noor.findAll(By.id("steps:pay")).isEmpty(), "an approver is not offered to pay");
        }

        try (Browser oskar = Browser.open(base)) {
            oskar.signIn("oskar@unionhall.example");
            oskar.go("/treasury/grant.xhtml?id=" + request);
            oskar.screenshot("grant-request-approved");
            oskar.find(By.id("steps:pay")).click();
            oskar.waitForMessage("Tick the box to confirm before paying");
            assertEquals("approved", oskar.find(By.id("status")).getText());
            oskar.find(By.id("steps:confirmPay")).click();
            oskar.find(By.id("steps:pay")).click();
            oskar.waitForMessage("The request is paid");
            assertEquals("paid", oskar.find(By.id("status")).getText());
            assertTrue(oskar.find(By.id("paid")).getText().contains("Oskar Eriksen"));

            oskar.go("/treasury/index.xhtml?union=" + UNION);
            oskar.waitForTitle("Treasury of");
            assertTrue(oskar.find(By.id("decidedTable")).getText().contains("December moderation on Example Social"));

            oskar.find(By.id("waitingTable")).findElement(By.linkText("The autumn spam wave on Example Social")).click();
            oskar.waitForTitle("The autumn spam wave on Example Social");
            assertEquals("with members", oskar.find(By.id("status")).getText());
            oskar.find(By.id("motionLink")).click();
            oskar.waitForTitle("Grant: The autumn spam wave on Example Social");
        }

        Members members = new Members(new Api(base));
        JsonObject spam = members.get("mateo", "api/v1/unions/" + UNION + "/grants?status=WITH_MEMBERS").expect(200)
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(g -> g.getString("title").equals("The autumn spam wave on Example Social")).findFirst()
                .orElseThrow();
        String grant = "api/v1/grants/" + spam.getString("id");
        String motion = "api/v1/motions/" + members.get("mateo", grant).expect(200).json().getString("motionId");
        members.post("jonas", motion + "/seconds", "{}").expect(200);
        members.post("chloe", motion + "/seconds", "{}").expect(200);
        members.post("amara", motion + "/schedule", "{}").expect(200);
        String congress = motion.replace("motions", "congress");
        for (String delegate : List.of("priya", "mateo", "kwame")) {
            members.post(delegate, congress + "/votes", "{\"choice\":\"FOR\"}").expect(200);
        }
        assertEquals("CARRIED", members.post("amara", congress + "/close", "{}").expect(200).json()
                .getString("outcome"));
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(150).toNanos();
        while (!members.get("mateo", grant).expect(200).json().getString("status").equals("APPROVED")) {
            assertTrue(System.nanoTime() < deadline, "the ledger's timer (every 15 seconds) settles the carried motion");
            Thread.sleep(2000);
        }
        try (Browser noor = Browser.open(base)) {
            noor.signIn("noor@unionhall.example");
            noor.go("/treasury/grant.xhtml?id=" + spam.getString("id"));
            noor.waitForTitle("The autumn spam wave on Example Social");
            assertEquals("approved", noor.find(By.id("status")).getText());
            noor.find(By.id("steps:confirmPay")).click();
            noor.find(By.id("steps:pay")).click();
            noor.waitForMessage("The request is paid");
            assertEquals("paid", noor.find(By.id("status")).getText());
            noor.go("/treasury/index.xhtml?union=" + UNION);
            noor.waitForTitle("Treasury of");
            assertTrue(noor.find(By.id("decidedTable")).getText().contains("The autumn spam wave on Example Social"));
            assertTrue(noor.find(By.id("paidTable")).getText().contains("The autumn spam wave on Example Social"),
                    "the fund page lists the grant the members decided among those paid");
        }
    }

    /** A submitted moderation request by Mateo, through the API as his browser would send it. */
    private static String submitted(Members members, String title, int hours) {
        String id = members.post("mateo", "api/v1/unions/" + UNION + "/grants", "{\"kind\":\"MODERATION_LABOUR\","
                + "\"instance\":\"social.example.org\",\"title\":\"" + title + "\",\"description\":\"Report queue "
                + "shifts.\",\"periodFrom\":\"2026-11-01\",\"periodTo\":\"2026-11-30\",\"hours\":\"" + hours
                + "\",\"rate\":\"20.00\"}").expect(201).json().getString("id");
        members.post("mateo", "api/v1/grants/" + id + "/evidence", "{\"label\":\"Log\",\"link\":"
                + "\"https://social.example.org/admin/log\"}").expect(201);
        members.post("mateo", "api/v1/grants/" + id + "/submit", "{}").expect(200);
        return id;
    }

    @Test
    void theMembersShareABudgetInASecretBallotAndTheWinnersArePaid() throws Exception {
        Members members = new Members(new Api(base));
        String small = "Queue cover in December";    // 200.00
        String large = "Appeals of the autumn";      // 400.00
        String middle = "Weekend shifts in December"; // 300.00
        submitted(members, small, 10);
        submitted(members, large, 20);
        submitted(members, middle, 15);

        String budget;
        try (Browser fatima = Browser.open(base)) {
            fatima.signIn("fatima@unionhall.example");
            fatima.go("/treasury/index.xhtml?union=" + UNION);
            fatima.waitForTitle("Treasury of");
            fatima.find(By.id("newBudget")).click();
            fatima.waitForTitle("Let the members of Fediverse Moderators' Union share a budget");
            fatima.find(By.id("budget:title")).sendKeys("Moderation, December");
            fatima.find(By.id("budget:amount")).sendKeys("500.00");
            for (String title : List.of(small, large, middle)) {
                fatima.find(By.xpath("//label[starts-with(normalize-space(.), '" + title + "')]")).click();
            }
            fatima.screenshot("participatory-budget-form");
            fatima.find(By.id("budget:open")).click();
            fatima.waitForMessage("The budget is reserved and its ballot prepared");
            assertEquals("voting", fatima.find(By.id("status")).getText());
            assertTrue(fatima.find(By.id("tieRule")).getText().contains("the cheaper one comes first"));
            assertTrue(fatima.find(By.id("ceremony")).getText().contains("trustees are preparing"));
            budget = fatima.currentUrl().replaceAll(".*[?&]id=([0-9a-f-]+).*", "$1");
            fatima.find(By.id("trusteeLink")).click();
            fatima.waitForTitle("Trustee of an election");
        }

        JsonObject round = members.get("chloe", "api/v1/budgets/" + budget).expect(200).json();
        ElectionRun ballot = ElectionRun.following(members, "amara", round.getString("electionId"),
                List.of("yuki", "priya", "kwame"));
        ballot.ceremony();
        List<String> titles = round.getJsonArray("entries").stream()
                .map(e -> e.asJsonObject().getString("title")).toList();
        Map<String, List<String>> approved = Map.of("priya", List.of(small, large, middle),
                "jonas", List.of(small, large, middle), "chloe", List.of(small, large, middle), "diego", List.of(small));
        Map<String, Credential> keys = new HashMap<>();
        approved.keySet().forEach(voter -> keys.put(voter, ballot.register(voter)));
        ballot.open();
        approved.forEach((voter, chosen) -> ballot.cast(voter, ballot.approvals(keys.get(voter),
                titles.stream().mapToInt(t -> chosen.contains(t) ? 1 : 0).toArray()).ballot()).expect(201));
        ballot.close();
        ballot.decrypt(1, 2);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(150).toNanos();
        while (!members.get("chloe", "api/v1/budgets/" + budget).expect(200).json().getString("status")
                .equals("FUNDED")) {
            assertTrue(System.nanoTime() < deadline, "the ledger's timer (every 15 seconds) executes the budget");
            Thread.sleep(2000);
        }

        try (Browser mateo = Browser.open(base)) {
            mateo.signIn("mateo@unionhall.example");
            mateo.go("/treasury/index.xhtml?union=" + UNION);
            mateo.waitForTitle("Treasury of");
            mateo.find(By.id("budgetList")).findElement(By.partialLinkText("Moderation, December")).click();
            mateo.waitForTitle("Moderation, December");
            assertEquals("funded", mateo.find(By.id("status")).getText());
            String table = mateo.find(By.id("entryTable")).getText();
            assertTrue(table.contains("Funded: 4 approvals, 1st of 3"), table);
            assertTrue(table.contains("Funded: 3 approvals, 2nd of 3"), table);
            assertTrue(table.contains("Not funded: 3 approvals, 3rd of 3 in the order of funding; it costs 400.00 EUR "
                    + "and nothing of the budget was left"), table);
            assertTrue(mateo.find(By.id("outcome")).getText().contains("500.00 EUR of 500.00 EUR funded"));
            mateo.screenshot("participatory-budget-funded");
            mateo.find(By.id("recordLink")).click();
            mateo.waitForTitle("Result: Moderation, December");
            assertTrue(mateo.find(By.id("published")).getText().contains("Queue cover in December"),
                    "the record's counts name each request");
            mateo.find(By.id("budgetLink")).click();
            mateo.waitForTitle("Moderation, December");
            mateo.go("/treasury/index.xhtml?union=" + UNION);
            mateo.waitForTitle("Treasury of");
            String decided = mateo.find(By.id("decidedTable")).getText();
            assertTrue(decided.contains(small) && decided.contains(middle) && decided.contains(large), decided);
            String paid = mateo.find(By.id("paidTable")).getText();
            assertTrue(paid.contains(small) && paid.contains(middle) && !paid.contains(large), paid);
            mateo.find(By.id("decidedTable")).findElement(By.linkText(small)).click();
            mateo.waitForTitle(small);
            assertEquals("paid", mateo.find(By.id("status")).getText());
            assertTrue(mateo.find(By.id("budgetLink")).isDisplayed());
        }
    }

    @Test
    void aMemberAsksForLegalAidWhichOnlyTheTreasurersSee() throws Exception {
        try (Browser chloe = Browser.open(base)) {
            chloe.signIn("chloe@unionhall.example");
            chloe.go("/treasury/index.xhtml?union=" + UNION);
            chloe.waitForTitle("Treasury of");
            chloe.find(By.id("newRequest")).click();
            chloe.waitForTitle("Ask Fediverse Moderators' Union for a grant");
            assertEquals("moderation labour", chloe.find(By.id("kindChosen")).getText());
            chloe.find(By.id("switchKind")).click();
            chloe.waitForTitle("Ask Fediverse Moderators' Union for a grant");
            assertEquals("legal aid", chloe.find(By.id("kindChosen")).getText());
            chloe.find(By.id("request:title")).sendKeys("Answering a cease-and-desist letter");
            chloe.find(By.id("request:amount")).sendKeys("350.00");
            chloe.find(By.id("request:caseDescription")).sendKeys("A lawyer's reply to a letter about a ban.");
            chloe.find(By.id("request:save")).click();
            chloe.waitForMessage("Your draft is saved");
            assertEquals("Legal aid", chloe.find(By.id("summary")).findElement(By.tagName("strong")).getText());
            chloe.find(By.id("steps:submit")).click();
            chloe.waitForMessage("Your request is with the treasurers");
            assertEquals("submitted", chloe.find(By.id("status")).getText());
        }
    }

    @Test
    void aTreasurerRecordsAndImportsContributionsAndAMemberPledgesAndCancels() throws Exception {
        try (Browser mateo = Browser.open(base)) {
            mateo.signIn("mateo@unionhall.example");
            mateo.go("/treasury/index.xhtml?union=" + UNION);
            mateo.waitForTitle("Treasury of");
            assertTrue(mateo.findAll(By.id("contributions")).isEmpty(), "a member is not offered the treasurers' page");
            mateo.find(By.id("myContributions")).click();
            mateo.waitForTitle("My contributions to Fediverse Moderators' Union");
            mateo.find(By.id("pledge:amount")).sendKeys("10.00");
            mateo.find(By.id("pledge:pledgeButton")).click();
            mateo.waitForMessage("Your pledge of 10.00 EUR a month into General is made");
            assertTrue(mateo.find(By.id("myPledges")).getText().contains("10.00 EUR a month"));
            mateo.screenshot("my-contributions");
        }

        String statement = file("statement", "date,amount,currency,payer,reference\n"
                + today() + ",20.00,EUR,A. Donor,Thank you for the moderators\n"
                + today() + ",7.50,EUR,\"Giver, B.\",Donation\n"
                + today() + ",-12.00,EUR,Hosting Ltd,Invoice 42\n");
        try (Browser fatima = Browser.open(base)) {
            fatima.signIn("fatima@unionhall.example");
            fatima.go("/treasury/index.xhtml?union=" + UNION);
            fatima.waitForTitle("Treasury of");
            fatima.find(By.id("contributions")).click();
            fatima.waitForTitle(CONTRIBUTIONS_TITLE);
            String pledges = fatima.find(By.id("pledgeTable")).getText();
            assertTrue(pledges.contains("Mateo García") && pledges.contains("10.00 EUR a month"), pledges);
            BigDecimal before = generalThisMonth(fatima);

            fatima.find(By.id("record:member_input")).sendKeys("Mateo");
            fatima.find(By.cssSelector(".ui-autocomplete-item[data-item-label='Mateo García']")).click();
            fatima.find(By.id("record:amount")).sendKeys("15,00");
            fatima.find(By.id("record:recordButton")).click();
            fatima.waitForMessage("The amount must be a number such as 12.50");
            assertEquals(before, generalThisMonth(fatima), "a refused contribution adds nothing");
            fatima.find(By.id("record:amount")).clear();
            fatima.find(By.id("record:amount")).sendKeys("15.00");
            fatima.find(By.id("record:recordButton")).click();
            fatima.waitForMessage("Recorded: dues of 15.00 EUR into General.");
            assertEquals(before.add(new BigDecimal("15.00")), generalThisMonth(fatima));
            String recent = fatima.find(By.id("recentForm:recentTable")).getText();
            assertTrue(recent.contains("Mateo García") && recent.contains("15.00 EUR"), recent);

            fatima.find(By.id("record:giver:1")).click();
            new org.openqa.selenium.support.ui.Select(fatima.find(By.id("record:instance")))
                    .selectByVisibleText("Example Social (social.example.org)");
            fatima.find(By.id("record:kind:1")).click();
            fatima.find(By.id("record:amount")).sendKeys("5.00");
            fatima.find(By.id("record:publicName")).sendKeys("Example Social");
            fatima.find(By.id("record:recordButton")).click();
            fatima.waitForMessage("Recorded: a donation of 5.00 EUR into General.");
            assertEquals(before.add(new BigDecimal("20.00")), generalThisMonth(fatima));
            assertTrue(fatima.find(By.id("recentForm:recentTable")).getText().contains("thanked as Example Social"));

            fatima.find(By.id("upload:file")).sendKeys(statement);
            fatima.find(By.id("upload:check")).click();
            fatima.waitForMessage("Check the lines below, then import them.");
            String preview = fatima.find(By.id("previewTable")).getText();
            assertTrue(preview.contains("will be added") && preview.contains("outgoing: left alone"), preview);
            assertTrue(fatima.find(By.id("previewSummary")).getText().startsWith("2 new (27.50 EUR)"));
            assertEquals(before.add(new BigDecimal("20.00")), generalThisMonth(fatima), "a preview adds nothing");
            fatima.screenshot("contributions-statement-preview", By.id("statement"));
            fatima.find(By.id("confirm:importButton")).click();
            fatima.waitForMessage("2 lines were added to the books as contributions, 27.50 EUR in all.");
            assertEquals(before.add(new BigDecimal("47.50")), generalThisMonth(fatima));

            fatima.find(By.id("upload:file")).sendKeys(statement);
            fatima.find(By.id("upload:check")).click();
            fatima.waitForMessage("Nothing in it is new: importing it would add nothing.");
            assertTrue(fatima.find(By.id("previewTable")).getText().contains("already there"));
            assertTrue(fatima.findAll(By.id("confirm:importButton")).isEmpty(), "nothing new is offered for import");
            assertEquals(before.add(new BigDecimal("47.50")), generalThisMonth(fatima));
            fatima.screenshot("contributions");
        }

        try (Browser mateo = Browser.open(base)) {
            mateo.signIn("mateo@unionhall.example");
            mateo.go("/treasury/mine.xhtml?union=" + UNION);
            mateo.waitForTitle("My contributions");
            String given = mateo.find(By.id("givenTable")).getText();
            assertTrue(given.contains("Dues") && given.contains("15.00 EUR"), given);
            mateo.find(By.cssSelector("#myPledges input[value='Cancel…']")).click();
            assertTrue(mateo.find(By.id("myPledgesQuestion")).getText().contains("10.00 EUR a month"));
            mateo.find(By.id("myPledgesConfirm:yes")).click();
            mateo.waitForMessage("The pledge is cancelled");
            assertTrue(mateo.find(By.id("myPledges")).getText().toLowerCase().contains("cancelled"));
            assertTrue(mateo.findAll(By.cssSelector("#myPledges input[value='Cancel…']")).isEmpty());
        }
    }

    /** What came into General this month, by the totals table; zero while it has no row. */
    private static BigDecimal generalThisMonth(Browser browser) {
        String month = today().toString().substring(0, 7);
        for (WebElement row : browser.findAll(By.cssSelector("#totalsTable tbody tr"))) {
            String text = row.getText();
            if (text.startsWith(month) && text.contains("General")) {
                return new BigDecimal(text.replaceAll(".* ([0-9,]+\\.[0-9]{2}) EUR$", "$1").replace(",", ""));
            }
        }
        assertFalse(browser.findAll(By.id("totals")).isEmpty(), "the page shows its totals");
        return BigDecimal.ZERO.setScale(2);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String file(String name, String text) throws java.io.IOException {
        Path file = Files.createTempFile(name, ".csv");
        file.toFile().deleteOnExit();
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file.toString();
    }
}
