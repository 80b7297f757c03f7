package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * A union's steward shapes the union in a real headless Chromium: describes it publicly, founds a
 * chapter and sets its seats; then a visitor, signed in nowhere, finds the union on the landing
 * page and opens its public page: the description, the chapters, "fewer than 5" for the new
 * chapter, no member's name, no session, and an answer caches may keep. The same page as JSON
 * from the public API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShapingPagesIT {

    /** Steward of the whole Fediverse Moderators' Union. */
    private static final String UNION_STEWARD = "amara@unionhall.example";
    /** Steward of the chapter Moderators Europe only. */
    private static final String CHAPTER_STEWARD = "jonas@unionhall.example";
    private static final String PURPOSE = "Moderators of Fediverse servers, organising for paid moderation and legal help.";
    private static final String JOINING = "Anyone who moderates a Fediverse server may join the chapter of their region.";
    /** Every named person of the demo data, none of whom the public page may name. */
    private static final List<String> PEOPLE = List.of("Amara Okafor", "Jonas Lindqvist", "Priya Raman", "Mateo García",
            "Yuki Tanaka", "Fatima Al-Sayed", "Diego Hernández", "Chloé Martin", "Kwame Mensah", "Lena Fischer",
            "Tomás Silva", "Aisha Bello", "Ravi Patel", "Sofia Rossi", "Hana Kim", "Marta Nowak", "Olu Adeyemi",
            "Sam Quinn", "Ada Byrne", "Tariq Nasser", "Mele Tupou");

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
    void aStewardShapesTheUnionAndAVisitorReadsItsPublicPage() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(UNION_STEWARD);
            browser.go("/union/view.xhtml?union=fediverse-moderators");
            browser.find(By.id("shapeUnion")).click();
            browser.waitForTitle("Shape Fediverse Moderators' Union");

            WebElement purpose = browser.find(By.id("description:purpose"));
            purpose.clear();
            purpose.sendKeys(PURPOSE);
            browser.find(By.id("description:howToJoin")).sendKeys(JOINING);
            browser.find(By.id("description:save")).click();
            assertTrue(browser.waitForMessage("is saved").contains(
                    "The public description of Fediverse Moderators' Union is saved."));

            browser.find(By.id("newChapter:name")).sendKeys("Moderators Oceania");
            browser.find(By.id("newChapter:slug")).sendKeys("Not a short name");
            WebElement seats = browser.find(By.id("newChapter:seats"));
            seats.clear();
            seats.sendKeys("2");
            browser.find(By.id("newChapter:foundChapter")).click();
            assertTrue(browser.waitForMessage("lower-case").contains(
                    "The chapter's short name may hold only lower-case letters, digits and single hyphens."));
            WebElement slug = browser.find(By.id("newChapter:slug"));
            slug.clear();
            slug.sendKeys("moderators-oceania");
            browser.find(By.id("newChapter:foundChapter")).click();
            assertTrue(browser.waitForMessage("is founded").contains("The chapter Moderators Oceania is founded."));
            assertTrue(browser.find(By.id("chapters")).getText().contains("Moderators Oceania"));
            browser.screenshot("steward-union");

            browser.find(By.linkText("Moderators Oceania")).click();
            browser.waitForTitle("Name and delegate seats of Moderators Oceania");
            WebElement seatCount = browser.find(By.id("seatsForm:delegateSeats"));
            seatCount.clear();
            seatCount.sendKeys("3");
            browser.find(By.id("seatsForm:saveSeats")).click();
            assertTrue(browser.waitForMessage("delegate seats").contains("The chapter now has 3 delegate seats."));
            assertEquals("0 of 3", browser.find(By.id("seatsTaken")).getText());
            browser.screenshot("steward-chapter");

            browser.go("/audit/trail.xhtml?union=fediverse-moderators");
            String trail = browser.find(By.tagName("main")).getText();
            assertTrue(trail.contains("Described the union publicly"), trail);
            assertTrue(trail.contains("Founded a chapter"), trail);
            assertTrue(trail.contains("Delegate seats of Moderators Oceania: 2 to 3"), trail);
        }

        try (Browser browser = Browser.open(base)) {
            browser.signIn(CHAPTER_STEWARD);
            browser.go("/steward/chapter.xhtml?chapter=moderators-europe");
            browser.waitForTitle("Name and delegate seats of Moderators Europe");
            assertTrue(browser.find(By.id("seatsByUnion")).getText().contains("The union's stewards set"));
            WebElement name = browser.find(By.id("renameForm:name"));
            name.clear();
            name.sendKeys("Moderators of Europe");
            browser.find(By.id("renameForm:renameChapter")).click();
            assertTrue(browser.waitForMessage("now called").contains("The chapter is now called Moderators of Europe."));
        }

        try (Browser visitor = Browser.open(base)) {
            visitor.go("/");
            visitor.waitForTitle("Unions on this installation");
            WebElement unions = visitor.find(By.id("unions"));
            assertTrue(unions.getText().contains("Indie Sellers' Union"), unions.getText());
            assertTrue(visitor.find(By.id("signInButton")).isDisplayed(), "the way to sign in is beside the unions");
            visitor.screenshot("landing");
            unions.findElement(By.linkText("Fediverse Moderators' Union")).click();
            visitor.waitForTitle("Fediverse Moderators' Union");

            assertEquals(PURPOSE, visitor.find(By.id("purpose")).getText());
            assertEquals(JOINING, visitor.find(By.id("stewards-words")).getText());
            assertTrue(visitor.find(By.id("join-steps")).getText().contains("Ask to join this chapter"));
            WebElement oceania = visitor.find(By.id("chapter-moderators-oceania"));
            assertTrue(oceania.getText().contains("Moderators Oceania"), oceania.getText());
            assertEquals("fewer than 5", oceania.findElement(By.className("uh-count")).getText());
            assertTrue(oceania.getText().contains("3 delegate seats"), oceania.getText());
            String europe = visitor.find(By.id("chapter-moderators-europe")).getText();
            assertTrue(europe.contains("Moderators of Europe"), europe);
            assertTrue(europe.matches("(?s).*\\b\\d+ members.*"), "a chapter of five or more shows its number: " + europe);
            String page = visitor.find(By.tagName("body")).getText();
            for (String person : PEOPLE) {
                assertFalse(page.contains(person), person + " is named on the public page");
            }
            assertFalse(page.contains("@unionhall.example"), "no e-mail address on the public page");
            assertFalse(page.contains("Sign out"), page);
            List<String> cookies = visitor.driver().manage().getCookies().stream().map(Cookie::getName).toList();
            assertFalse(cookies.contains("UNIONHALL_SESSION"), "a visitor gets no session: " + cookies);
            visitor.screenshot("public-union");
        }

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("public/union.xhtml?union=fediverse-moderators"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertEquals("public, max-age=300", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no cookie: " + page.headers().allValues("Set-Cookie"));
        assertEquals(404, http.send(HttpRequest.newBuilder(uri("public/union.xhtml?union=no-such-union")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpResponse<String> json = http.send(HttpRequest.newBuilder(uri("api/v1/public/unions/fediverse-moderators"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, json.statusCode(), json.body());
        assertEquals("public, max-age=300", json.headers().firstValue("Cache-Control").orElse(""));
        JsonObject union = Json.createReader(new StringReader(json.body())).readObject();
        assertEquals(PURPOSE, union.getString("description"));
        JsonObject tiny = union.getJsonArray("chapters").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("slug").equals("moderators-oceania")).findFirst().orElseThrow();
        assertEquals(Json.createObjectBuilder().add("fewerThan", 5).add("text", "fewer than 5").build(),
                tiny.getJsonObject("activeMembers"));
        for (String person : PEOPLE) {
            assertFalse(json.body().contains(person), person + " is named in the public API");
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString().endsWith("/") ? base + path : base + "/" + path);
    }
}
