package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The treasury's pages in a real Chromium, on the demo's year of books: Mateo, of the moderation
 * team of Example Social, asks for November's hours from the union's page, gives a link as
 * evidence and submits; the treasurer Fatima finds it waiting and approves; Noor approves too and
 * the money is reserved; Oskar must tick the confirmation before he records the payment; the
 * treasury page then lists it as paid and the fund holds less. A request above the bylaws' limit
 * shows the budget motion by which the members decide it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TreasuryPagesIT {
    private static final String UNION = "fediverse-moderators";

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
    }
}
