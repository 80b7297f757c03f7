package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.unionhall.web.it.Deployments;

/**
 * The demo, where no mail server is configured: the operator (Amara) invites someone, and the
 * invitation mail Unionhall kept instead of sending it shows on the operator's mail page, newest
 * first, with its link, which the person follows to join. A member who is not the operator gets
 * the 403 page.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorMailPageIT {
    private static final String OPERATOR = "amara@unionhall.example";
    private static final String UMA = "uma.unseen@example.org";
    private static final Pattern LINK = Pattern.compile("/invitation/accept\\.xhtml\\?token=[A-Za-z0-9_-]{43}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.unionhall();
    }

    @ArquillianResource
    URL base;

    @Test
    void theOperatorReadsTheKeptInvitationAndThePersonJoinsFromIt() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("chloe@unionhall.example");
            browser.go("/operator/mail.xhtml");
            String refused = browser.find(By.tagName("main")).getText();
            assertTrue(refused.contains("Only the operator of this installation"), refused);
            assertFalse(refused.contains("mails kept"), refused);
            browser.signOut();

            browser.signIn(OPERATOR);
            browser.go("/steward/invitations.xhtml?chapter=moderators-americas");
            browser.find(By.id("typed:people")).sendKeys("Uma Unseen, " + UMA);
            browser.find(By.id("typed:check")).click();
            browser.find(By.id("confirm:send")).click();
            browser.waitForMessage("1 invitation was sent.");

            String text = keptMailTo(browser, UMA);
            browser.screenshot("operator-mail");
            Matcher link = LINK.matcher(text);
            assertTrue(link.find(), text);
            browser.signOut();

            browser.go(link.group());
            browser.waitForTitle("Your invitation");
            browser.find(By.id("accept:password")).sendKeys("uma-was-unseen-2026");
            browser.find(By.id("accept:repeated")).sendKeys("uma-was-unseen-2026", Keys.ENTER);
            browser.waitForTitle("Moderators Americas");
            browser.waitForMessage("Welcome to Moderators Americas.");
        }
    }

    /** The newest kept mail's text once the sender has kept the mail to the address (it runs every ten seconds). */
    private static String keptMailTo(Browser browser, String address) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            browser.go("/operator/mail.xhtml");
            browser.waitForTitle("Mail kept without a mail server");
            String newest = browser.driver().findElements(By.cssSelector("section.uh-mail")).stream().findFirst()
                    .map(s -> s.getText()).orElse("");
            if (newest.contains("To " + address)) {
                return newest;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("no mail to " + address + " was kept within 90 seconds");
    }
}
