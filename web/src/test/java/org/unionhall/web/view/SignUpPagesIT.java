package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.support.ui.Select;
import org.unionhall.web.it.Api;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Api.Caller;
import org.unionhall.web.it.MailServer;

/**
 * Signing up from a union's public page in a real browser, with the mail arriving in a real SMTP
 * server started by the test: a visitor chooses a chapter on the union's page, gives a name, an
 * address, a password and a note, and is told to check their mail; the same answer comes for an
 * address that has an account. The link from the mail asks to confirm, then makes the account;
 * used again it says so, and the link for the address with an account makes nothing and says to
 * sign in. The chapter's steward finds the request on their dashboard and admits it, and the new
 * member signs in with the password they chose and finds their membership. A member signed in
 * who is not in a chapter is shown the way to ask from the public page. Over the API, hostile
 * sign-ups get a clear 404 or 422 and no mail, an address gets at most three mails a day (then
 * 429 with a day's Retry-After), and a link confirms once.
 */
@ExtendWith(ArquillianExtension.class)
class SignUpPagesIT {
    private static final String UNION = "fediverse-moderators";
    private static final String NEWCOMER = "wanjiru@example.org";
    private static final String HAS_ACCOUNT = "chloe@unionhall.example";
    private static final String STEWARD = "diego@unionhall.example";
    private static final String PASSWORD = "wanjiru-reads-the-bylaws";
    private static final String SUBJECT = "Unionhall: confirm your e-mail address to join Fediverse Moderators' Union";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(MailServer.PUBLIC_URL)
            + "(/signup/confirm\\.xhtml\\?token=[A-Za-z0-9_-]{43})");
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
    void aVisitorSignsUpConfirmsFromTheMailIsAdmittedAndSignsIn() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("/public/union.xhtml?union=" + UNION);
            browser.find(By.cssSelector("#chapter-moderators-americas a[aria-label='Sign up to join Moderators "
                    + "Americas']")).click();
            browser.waitForTitle("Join Fediverse Moderators' Union");
            assertEquals("Moderators Americas", new Select(browser.find(By.id("signUp:chapter")))
                    .getFirstSelectedOption().getText(), "the chapter chosen on the union's page");
            String answer = signUp(browser, "Wanjiru Kamau", NEWCOMER,
                    "I moderate a Mastodon server of 400 people in Nairobi.", true);
            assertTrue(answer.startsWith("Check your mail"), answer);

            browser.go("/public/union.xhtml?union=" + UNION);
            browser.find(By.id("signUpLink")).click();
            browser.waitForTitle("Join Fediverse Moderators' Union");
            new Select(browser.find(By.id("signUp:chapter"))).selectByVisibleText("Moderators Americas");
            assertEquals(answer, signUp(browser, "Chloé once more", HAS_ACCOUNT, "", false),
                    "the same answer for an address that has an account");

            String link = link(NEWCOMER);
            browser.go(link);
            browser.waitForTitle("Confirm your sign-up");
            assertTrue(browser.find(By.id("what")).getText().contains("Moderators Americas"));
            browser.find(By.id("confirm:submit")).click();
            assertTrue(browser.find(By.id("done")).getText().startsWith("Your account is made"));
            browser.go(link);
            assertTrue(browser.find(By.id("refused")).getText().contains("used already"));

            browser.go(link(HAS_ACCOUNT));
            browser.find(By.id("confirm:submit")).click();
            assertTrue(browser.find(By.id("refused")).getText().startsWith("An account uses this e-mail address "
                    + "already"));

            browser.signIn(STEWARD);
            assertTrue(browser.find(By.id("to-decide")).getText().contains("Wanjiru Kamau"),
                    "the steward's dashboard lists the request");
            browser.go("/steward/join-requests.xhtml?chapter=moderators-americas");
            WebElement request = browser.find(By.xpath("//section[contains(@class,'uh-request')]"
                    + "[.//h2[normalize-space()='Wanjiru Kamau']]"));
            assertTrue(request.getText().contains("400 people in Nairobi"), request.getText());
            assertFalse(browser.driver().getPageSource().contains("Chloé once more"), "no request was filed for Chloé");
            request.findElement(By.cssSelector("button[aria-label='Admit Wanjiru Kamau']")).click();
            browser.waitForMessage("Wanjiru Kamau is now a member of Moderators Americas");
            browser.signOut();

            browser.go("/login.xhtml");
            browser.find(By.id("signIn:email")).sendKeys(NEWCOMER);
            browser.find(By.id("signIn:password")).sendKeys(PASSWORD, Keys.ENTER);
            browser.waitForTitle("My dashboard");
            assertTrue(browser.find(By.tagName("main")).getText().contains("Moderators Americas"));
            browser.signOut();

            browser.signIn(HAS_ACCOUNT);
            browser.go("/public/union.xhtml?union=" + UNION);
            assertTrue(browser.find(By.id("ask-to-join")).getText().contains("Ask to join this chapter"));
            assertTrue(browser.driver().findElements(By.id("signUpLink")).isEmpty(), "no sign-up once signed in");
            browser.find(By.linkText("Moderators Americas")).click();
            assertEquals("Ask to join this chapter", browser.find(By.id("join:ask")).getText());
        }
    }

    @Test
    void theApiAnswersHostileSignUpsWithAClearRefusalAndMailsAnAddressAtMostThreeTimesADay() throws Exception {
        Api api = new Api(base);
        Caller anyone = api.anonymous();
        assertEquals(404, anyone.post("api/v1/sign-ups", body("no-such-union", "moderators-europe", "A", "a@example.org",
                "")).problem(404).getInt("status"));
        assertTrue(anyone.post("api/v1/sign-ups", body(UNION, "makers-crafters", "A", "a@example.org", ""))
                .problem(422).getString("detail").contains("not a chapter of Fediverse Moderators' Union"));
        anyone.post("api/v1/sign-ups", body(UNION, "moderators-europe", "N".repeat(81), "a@example.org", ""))
                .problem(422);
        anyone.post("api/v1/sign-ups", body(UNION, "moderators-europe", "A", "a".repeat(250) + "@example.org", ""))
                .problem(422);
        anyone.post("api/v1/sign-ups", body(UNION, "moderators-europe", "A", "a@example.org", "n".repeat(1001)))
                .problem(422);
        assertTrue(anyone.post("api/v1/sign-ups", body(UNION, "moderators-europe", "A", "a@example.org", "")
                .replace(PASSWORD, "password123")).problem(422).getString("detail").contains("common"));
        assertTrue(mail.find("a@example.org", SUBJECT).isEmpty(), "no refused sign-up is mailed");

        String mailbox = "mailbox@example.org";
        String accepted = null;
        for (int i = 0; i < 3; i++) {
            String message = retried(anyone, body(UNION, "moderators-europe", "Someone " + i, mailbox, ""))
                    .expect(202).json().getString("message");
            assertTrue(accepted == null || accepted.equals(message));
            accepted = message;
        }
        Answer fourth = retried(anyone, body(UNION, "moderators-europe", "Someone 4", mailbox, ""));
        assertEquals(429, fourth.status());
        assertEquals("86400", fourth.headers().firstValue("Retry-After").orElseThrow(), "a day for this address");
        assertEquals(3, mail.await(mailbox, SUBJECT, 3).size());

        Matcher link = Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(MailServer.text(mail.await(mailbox,
                SUBJECT)));
        assertTrue(link.find());
        JsonObject made = anyone.post("api/v1/sign-ups/confirmation", "{\"token\":\"" + link.group(1) + "\"}")
                .expect(201).json();
        assertEquals(mailbox, made.getString("email"));
        assertEquals("moderators-europe", made.getString("chapterSlug"));
        assertTrue(anyone.post("api/v1/sign-ups/confirmation", "{\"token\":\"" + link.group(1) + "\"}")
                .problem(422).getString("detail").contains("used already"));
        api.basic(mailbox, PASSWORD).get("api/v1/me").expect(200);
    }

    /** A sign-up sent again after the client's own short wait, so that only the address's limit can refuse it. */
    private static Answer retried(Caller caller, String body) throws InterruptedException {
        Answer answer = caller.post("api/v1/sign-ups", body);
        for (int i = 0; i < 5 && answer.status() == 429
                && Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()) < 60; i++) {
            Thread.sleep(1000 * Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()) + 200);
            answer = caller.post("api/v1/sign-ups", body);
        }
        return answer;
    }

    private static String body(String union, String chapter, String name, String email, String note) {
        return Json.createObjectBuilder().add("union", union).add("chapter", chapter).add("displayName", name)
                .add("email", email).add("password", PASSWORD).add("note", note).build().toString();
    }

    /** Fills the form and sends it; returns the answer shown. */
    private static String signUp(Browser browser, String name, String email, String note, boolean picture) {
        browser.find(By.id("signUp:name")).sendKeys(name);
        browser.find(By.id("signUp:email")).sendKeys(email);
        browser.find(By.id("signUp:password")).sendKeys(PASSWORD);
        browser.find(By.id("signUp:repeated")).sendKeys(PASSWORD);
        browser.find(By.id("signUp:note")).sendKeys(note);
        if (picture) {
            browser.screenshot("sign-up");
        }
        browser.find(By.id("signUp:submit")).click();
        return browser.find(By.id("sent")).getText();
    }

    private static String link(String address) throws Exception {
        Matcher link = LINK.matcher(MailServer.text(mail.await(address, SUBJECT)));
        assertTrue(link.find());
        return link.group(1);
    }
}
