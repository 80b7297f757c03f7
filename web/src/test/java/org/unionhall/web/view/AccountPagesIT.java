package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.unionhall.web.it.MailServer;

/**
 * A member's password and mail preferences in a real browser, with the mail arriving in a real
 * SMTP server started by the test: "Forgot your password?" on the sign-in page, the link from the
 * mail, the new password; then "Your account": a password change, and the notifications chosen
 * by e-mail, kept after a reload. A used link says so.
 */
@ExtendWith(ArquillianExtension.class)
class AccountPagesIT {
    private static final String MARTA = "marta@unionhall.example";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(MailServer.PUBLIC_URL)
            + "(/password/reset\\.xhtml\\?token=[A-Za-z0-9_-]{43})");
    private static MailServer mail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        mail = MailServer.start();
        return mail.deployment();
    }

    @AfterAll
    static void stopMail() {
        if (mail != null) {
            mail.close();
        }
    }

    @ArquillianResource
    URL base;

    @Test
    void aMemberResetsAForgottenPasswordFromTheMailThenChangesItAndChoosesTheirMail() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("/login.xhtml");
            browser.find(By.id("forgot")).click();
            browser.waitForTitle("Forgot your password?");
            browser.find(By.id("forgot:email")).sendKeys(MARTA, Keys.ENTER);
            assertTrue(browser.find(By.id("sent")).getText().startsWith("If an account uses this address"));
            browser.screenshot("password-forgot");

            Matcher link = LINK.matcher(MailServer.text(mail.await(MARTA, "Unionhall: reset your password")));
            assertTrue(link.find());
            browser.go(link.group(1));
            browser.waitForTitle("Choose a new password");
            browser.find(By.id("reset:password")).sendKeys("marta-keeps-the-minutes");
            browser.find(By.id("reset:repeated")).sendKeys("marta-keeps-the-minutes", Keys.ENTER);
            assertTrue(browser.find(By.id("done")).getText().startsWith("Your password was set"));
            mail.await(MARTA, "Unionhall: your password was changed");

            browser.go(link.group(1));
            assertTrue(browser.find(By.id("refused")).getText().contains("used already"));

            browser.go("/login.xhtml");
            browser.find(By.id("signIn:email")).sendKeys(MARTA);
            browser.find(By.id("signIn:password")).sendKeys("marta-keeps-the-minutes", Keys.ENTER);
            browser.waitForTitle("My dashboard");

            browser.find(By.id("yourAccount")).click();
            browser.waitForTitle("Your account");
            browser.find(By.id("password:current")).sendKeys("marta-keeps-the-minutes");
            browser.find(By.id("password:new")).sendKeys("marta-minutes-and-motions");
            browser.find(By.id("password:repeated")).sendKeys("marta-minutes-and-motions", Keys.ENTER);
            browser.waitForMessage("Your password was changed");

            WebElement voteOpened = checkbox(browser, "A vote I may take part in opened");
            voteOpened.click();
            browser.find(By.id("mail:save")).click();
            browser.waitForMessage("Saved: 1 kind of notification is mailed to you");
            browser.screenshot("account-settings");
            browser.go("/account/settings.xhtml");
            assertTrue(checkbox(browser, "A vote I may take part in opened").isSelected(), "kept after a reload");
            assertEquals(1, browser.driver().findElements(By.cssSelector("input[name='mail:kinds']:checked")).size());

            browser.signOut();
            browser.go("/login.xhtml");
            browser.find(By.id("signIn:email")).sendKeys(MARTA);
            browser.find(By.id("signIn:password")).sendKeys("marta-minutes-and-motions", Keys.ENTER);
            browser.waitForTitle("My dashboard");
        }
        assertEquals(2, mail.await(MARTA, "Unionhall: your password was changed", 2).size(), "one mail per change");
    }

    private static WebElement checkbox(Browser browser, String label) {
        WebElement labelled = browser.find(By.xpath("//label[normalize-space(.)='" + label + "']"));
        return browser.driver().findElement(By.id(labelled.getAttribute("for")));
    }
}
