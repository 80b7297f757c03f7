package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/**
 * The contribution pages in a real Chromium, on the demo's books: Mateo pledges 10.00 EUR a month
 * on his own page; the treasurer Fatima finds the pledge on the contributions page, records
 * Mateo's dues (after an amount written with a comma is refused) and a donation of Example Social
 * thanked publicly, and sees the month's total into General grow by them; she imports a bank statement
 * after its preview (two donations added, a payment out left alone) and the total grows by the
 * donations; the same statement checked again has nothing new and adds nothing. Mateo then finds
 * his dues on his page and cancels his pledge, after being asked again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContributionPagesIT {
    private static final String UNION = "fediverse-moderators";
    private static final String TITLE = "Contributions to Fediverse Moderators' Union";

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
            fatima.waitForTitle(TITLE);
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
