package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium against the real WAR on Payara Micro with the demo data:
 * a steward admits a join request and finds the new member in the chapter's member list; the
 * sign-in works with the keyboard alone; markup typed by a person is shown as text; a refused
 * rule shows its message and saves nothing; steward pages answer 403 to a plain member and to a
 * steward of another chapter, and a chapter's member list to someone outside its union.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StewardPagesIT {

    /** Steward of the chapter Moderators Europe, where Olu Adeyemi's request waits. */
    private static final String STEWARD = "jonas@unionhall.example";
    /** Steward of Moderators Americas. */
    private static final String AMERICAS_STEWARD = "diego@unionhall.example";
    /** Steward of the whole Indie Sellers' Union, a stranger to the moderators' union. */
    private static final String OTHER_UNION_STEWARD = "lena@unionhall.example";
    /** A member of Moderators Europe without a mandate there. */
    private static final String MEMBER = "chloe@unionhall.example";

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
    void stewardAdmitsAJoinRequestAndSeesTheNewMemberInTheChaptersList() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(STEWARD);

            browser.go("/chapter/members.xhtml?chapter=moderators-europe");
            long before = totalMembers(browser);
            assertTrue(findMembers(browser, "Olu").isEmpty(), "Olu is not a member before being admitted");

            browser.go("/index.xhtml");
            WebElement waiting = browser.find(By.id("to-decide"));
            assertTrue(waiting.getText().contains("Olu Adeyemi"), waiting.getText());
            waiting.findElement(By.xpath(".//li[contains(., 'Olu Adeyemi') and contains(., 'Moderators Europe')]//a[.='Decide']")).click();
            browser.waitForTitle("Join requests for Moderators Europe");

            WebElement request = request(browser, "Olu Adeyemi");
            request.findElement(By.tagName("textarea")).sendKeys("Welcome, glad to have you");
            request.findElement(By.cssSelector("button[aria-label='Admit Olu Adeyemi']")).click();
            String messages = browser.waitForMessage("is now a member");
            assertTrue(messages.contains("Olu Adeyemi is now a member of Moderators Europe."), messages);
            new WebDriverWait(browser.driver(), Browser.PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(
                    By.xpath("//section[.//h2[normalize-space()='Olu Adeyemi']]")));

            browser.go("/chapter/members.xhtml?chapter=moderators-europe");
            assertEquals(before + 1, totalMembers(browser), "the member list counts one member more");
            List<WebElement> rows = findMembers(browser, "Olu");
            assertEquals(1, rows.size());
            assertTrue(rows.get(0).getText().contains("Olu Adeyemi"), rows.get(0).getText());
            assertTrue(rows.get(0).getText().toLowerCase(java.util.Locale.ROOT).contains("active"), rows.get(0).getText());
        }
    }

    @Test
    void signInWorksWithTheKeyboardAloneAndShowsWhereTheFocusIs() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("/login.xhtml");
            Actions keyboard = new Actions(browser.driver());
            keyboard.sendKeys(Keys.TAB).perform();
            assertEquals("Skip to content", browser.script("return document.activeElement.textContent"),
                    "the first Tab reaches the skip link");
            keyboard.sendKeys(Keys.TAB).perform();
            assertEquals("signIn:email", browser.script("return document.activeElement.id"), "Tab reaches the e-mail field");
            assertNotEquals("none", browser.script("return getComputedStyle(document.activeElement).outlineStyle"),
                    "the focused field shows a focus ring");
            assertEquals("E-mail address *", browser.script(
                    "return document.querySelector('label[for=\"signIn:email\"]').textContent.trim().replace(/\\s+/g, ' ')"));

            keyboard.sendKeys(STEWARD, Keys.TAB).perform();
            assertEquals("signIn:password", browser.script("return document.activeElement.id"), "Tab moves to the password");
            keyboard.sendKeys(Browser.DEMO_PASSWORD, Keys.ENTER).perform();
            browser.waitForTitle("My dashboard");
            assertTrue(browser.find(By.id("displayName")).getText().contains("Jonas Lindqvist"));
        }
    }

    @Test
    void markupTypedByAPersonIsShownAsTextAndARefusedRuleSavesNothing() throws Exception {
        String note = "<script>document.title='pwned'</script><b id=\"injected\">bold</b>";
        String reason = "<img id=\"injected-reason\" src=\"x\"> not this time";
        try (Browser browser = Browser.open(base)) {
            browser.signIn(MEMBER);
            browser.go("/chapter/view.xhtml?chapter=moderators-americas");
            browser.find(By.id("join:note")).sendKeys(note);
            browser.driver().findElement(By.id("join:ask")).click();
            assertTrue(browser.waitForMessage("request to join was sent").contains("A steward of the chapter will decide"));
            assertTrue(browser.find(By.id("pending")).isDisplayed());
            browser.signOut();

            browser.signIn(AMERICAS_STEWARD);
            browser.go("/steward/join-requests.xhtml?chapter=moderators-americas");
            WebElement request = request(browser, "Chloé Martin");
            assertTrue(request.getText().contains(note), "the note is shown as typed: " + request.getText());
            assertTrue(browser.driver().findElements(By.id("injected")).isEmpty(), "no element came from the note");
            assertFalse(browser.driver().getTitle().contains("pwned"), "no script from the note ran");

            request.findElement(By.cssSelector("button[aria-label='Decline Chloé Martin']")).click();
            assertTrue(browser.waitForMessage("reason").contains("A reason is required."));
            browser.go("/steward/join-requests.xhtml?chapter=moderators-americas");
            request = request(browser, "Chloé Martin");
            request.findElement(By.tagName("textarea")).sendKeys(reason);
            request.findElement(By.cssSelector("button[aria-label='Decline Chloé Martin']")).click();
            browser.waitForMessage("was declined");

            browser.go("/audit/trail.xhtml?chapter=moderators-americas");
            WebElement newest = browser.find(By.cssSelector("#audit\\:trail_data tr"));
            assertTrue(newest.getText().contains("Declined a request"), newest.getText());
            assertTrue(newest.getText().contains(reason), "the reason is shown as typed: " + newest.getText());
            assertTrue(browser.driver().findElements(By.id("injected-reason")).isEmpty(), "no element came from the reason");
        }
    }

    @Test
    void stewardPagesAndMemberListsAreForbiddenOutsideTheCallersScope() throws Exception {
        List<String> stewardPages = List.of("/steward/join-requests.xhtml?chapter=moderators-europe",
                "/steward/members.xhtml?chapter=moderators-europe",
                "/steward/mandates.xhtml?chapter=moderators-europe",
                "/audit/trail.xhtml?chapter=moderators-europe");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(MEMBER);
            stewardPages.forEach(page -> assertForbidden(browser, page));
            browser.signOut();

            browser.signIn(AMERICAS_STEWARD);
            stewardPages.forEach(page -> assertForbidden(browser, page));
            browser.go("/steward/join-requests.xhtml?chapter=moderators-americas");
            browser.waitForTitle("Join requests for Moderators Americas");
            browser.signOut();

            browser.signIn(OTHER_UNION_STEWARD);
            assertForbidden(browser, "/chapter/members.xhtml?chapter=moderators-europe");
            browser.go("/chapter/view.xhtml?chapter=moderators-europe");
            browser.waitForTitle("Moderators Europe");
            assertTrue(browser.driver().findElements(By.linkText("Member list")).isEmpty(),
                    "no link to a member list the caller may not see");
        }
    }

    private static void assertForbidden(Browser browser, String page) {
        browser.go(page);
        browser.waitForTitle("You do not have access to this page");
        assertTrue(browser.find(By.id("explanation")).getText().length() > 10, page);
    }

    private static WebElement request(Browser browser, String name) {
        return browser.find(By.xpath("//section[contains(@class,'uh-request')][.//h2[normalize-space()='" + name + "']]"));
    }

    private static long totalMembers(Browser browser) {
        String report = browser.find(By.cssSelector("#memberList\\:members .ui-paginator-current")).getText();
        return Long.parseLong(report.replaceAll(".* of (\\d+) members.*", "$1"));
    }

    /** Types into "Find a member by name" and returns the rows the table then shows. */
    private static List<WebElement> findMembers(Browser browser, String name) {
        WebElement find = browser.find(By.id("memberList:members:globalFilter"));
        find.clear();
        find.sendKeys(name);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Browser.PATIENCE);
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            if (!Boolean.TRUE.equals(browser.script("return PrimeFaces.ajax.Queue.isEmpty()"))) {
                return false;
            }
            List<WebElement> rows = driver.findElements(By.cssSelector("#memberList\\:members_data tr"));
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().contains(name)
                    || row.getText().contains("No member matches."));
        });
        return browser.driver().findElements(By.cssSelector("#memberList\\:members_data tr")).stream()
                .filter(row -> row.getText().contains(name))
                .toList();
    }
}
