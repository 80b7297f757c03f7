package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.unionhall.web.it.Api;
import org.unionhall.web.it.Members;

/**
 * The congress's roll-call page in a real Chromium: Kwame holds Mateo's vote on a budget motion;
 * he splits Mateo's weight so that it does not add up and the page explains why; he clears the
 * box, types the right weight and casts it, and the roll call records Mateo's vote by proxy,
 * then his own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RollCallPageIT {
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
    void aDelegateCorrectsAProxySplitThatDoesNotAddUpAndCastsIt() throws Exception {
        Members members = new Members(new Api(base));
        String motion = members.post("priya", "api/v1/motions", "{\"kind\":\"BUDGET\",\"scope\":\"UNION\",\"scopeSlug\":\""
                + UNION + "\",\"title\":\"Fund a second moderator for the night\",\"text\":\"Pay a second moderator "
                + "for the night shift through the winter.\"}").expect(201).json().getString("id");
        members.post("priya", "api/v1/motions/" + motion + "/submit", "{}").expect(200);
        members.post("jonas", "api/v1/motions/" + motion + "/seconds", "{}").expect(200);
        members.post("chloe", "api/v1/motions/" + motion + "/seconds", "{}").expect(200);
        members.post("amara", "api/v1/motions/" + motion + "/schedule", "{}").expect(200);
        JsonObject opened = members.get("kwame", "api/v1/congress/" + motion).expect(200).json();
        long mateoWeight = 0;
        String kwameId = null;
        for (JsonValue v : opened.getJsonArray("seats")) {
            JsonObject seat = v.asJsonObject();
            if (seat.getString("name").equals("Mateo García")) {
                mateoWeight = seat.getJsonNumber("weight").longValue();
            } else if (seat.getString("name").equals("Kwame Mensah")) {
                kwameId = seat.getString("memberId");
            }
        }
        members.post("mateo", "api/v1/congress/proxies", "{\"holderId\":\"" + kwameId + "\",\"scope\":\"ONE_VOTE\","
                + "\"motionId\":\"" + motion + "\"}").expect(201);

        try (Browser kwame = Browser.open(base)) {
            kwame.signIn("kwame@unionhall.example");
            kwame.go("/congress/rollcall.xhtml?motion=" + motion);
            kwame.waitForTitle("Roll call: Fund a second moderator for the night");
            String state = kwame.find(By.id("rollCallState")).getText();
            assertTrue(state.startsWith("Roll call open; it closes "), state);
            String mateosSeat = kwame.find(By.id("seatTable")).findElements(By.tagName("tr")).stream()
                    .map(WebElement::getText).filter(r -> r.startsWith("Mateo García")).findFirst().orElse("");
            assertTrue(mateosSeat.contains("Vote given to Kwame Mensah"), "the seats table shows the proxy: " + mateosSeat);
            List<WebElement> parts = kwame.find(By.id("rollcall:heldProxies")).findElements(By.cssSelector("input[type=text]"));
            assertEquals(3, parts.size(), "for, against, abstain");
            parts.get(0).sendKeys(Long.toString(mateoWeight + 1));
            kwame.find(By.id("rollcall:heldProxies")).findElement(By.cssSelector("input[type=submit]")).click();
            String refusal = kwame.waitForMessage("weight");
            assertTrue(refusal.contains(Long.toString(mateoWeight)), refusal);

            parts = kwame.find(By.id("rollcall:heldProxies")).findElements(By.cssSelector("input[type=text]"));
            assertEquals(Long.toString(mateoWeight + 1), parts.get(0).getAttribute("value"),
                    "the refused split stays in the form to be corrected");
            parts.get(0).clear();
            parts.get(0).sendKeys(Long.toString(mateoWeight));
            kwame.find(By.id("rollcall:heldProxies")).findElement(By.cssSelector("input[type=submit]")).click();
            kwame.waitForMessage("The vote of Mateo García is recorded.");
            assertEquals(Long.toString(mateoWeight), kwame.find(By.id("rollcall:for")).getText());

            assertEquals(0, kwame.overflowOnPhone(), "the roll call with its weight table and proxy buttons fits a phone");
            kwame.find(By.id("rollcall:myVote")).findElement(By.cssSelector("input[value='Vote against']")).click();
            kwame.waitForMessage("Your vote (against) is recorded.");
            String roll = kwame.find(By.id("rollcall")).getText();
            assertTrue(roll.contains("by proxy"), roll);
        }

        // Jonas stewards Moderators Europe only: he instructs its delegates on the union's roll call, no other
        // chapter's, and may not close it.
        try (Browser jonas = Browser.open(base)) {
            jonas.signIn("jonas@unionhall.example");
            jonas.go("/congress/rollcall.xhtml?motion=" + motion);
            jonas.waitForTitle("Roll call: Fund a second moderator for the night");
            List<String> chapters = jonas.find(By.id("rollcall:instructChapter")).findElements(By.tagName("option"))
                    .stream().map(WebElement::getText).toList();
            assertEquals(List.of("Choose a chapter", "Moderators Europe"), chapters);
            assertTrue(jonas.findAll(By.id("rollcall:close")).isEmpty(), "only a union steward closes the roll call");
            new Select(jonas.find(By.id("rollcall:instructChapter"))).selectByVisibleText("Moderators Europe");
            new Select(jonas.find(By.id("rollcall:instruction"))).selectByIndex(1);
            jonas.find(By.id("rollcall:instruct")).click();
            jonas.waitForMessage("The instruction is recorded.");
            assertTrue(jonas.currentUrl().contains("motion=" + motion), jonas.currentUrl());
        }

        // Amara closes it, but only once she has ticked that closing decides the motion.
        try (Browser amara = Browser.open(base)) {
            amara.signIn("amara@unionhall.example");
            amara.go("/congress/rollcall.xhtml?motion=" + motion);
            amara.waitForTitle("Roll call: Fund a second moderator for the night");
            assertEquals(3, amara.find(By.id("rollcall:instructChapter")).findElements(By.tagName("option")).size(),
                    "a union steward instructs every chapter");
            amara.find(By.id("rollcall:close")).click();
            amara.waitForMessage("Tick the box to confirm before closing the roll call");
            assertEquals("OPEN", members.get("amara", "api/v1/congress/" + motion).expect(200).json().getString("status"));
            amara.find(By.id("rollcall:confirmClose")).click();
            amara.find(By.id("rollcall:close")).click();
            amara.waitForMessage("The roll call is closed and the motion decided.");
            String state = amara.find(By.id("rollCallState")).getText();
            assertTrue(state.startsWith("Roll call closed. Membership counts certified for"), state);
        }
    }
}
