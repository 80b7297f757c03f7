package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionhall.crypto.receipt.Receipt;
import org.unionhall.web.it.Api;
import org.unionhall.web.it.Members;
import org.unionhall.web.process.SecretBallot;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 4's first "Done when", through the pages only, in real headless Chromium against the
 * real WAR with the demo data and its founding bylaws (general motions go to a secret member
 * ballot; the union's three trustees, two of whom suffice). Chloé proposes a general motion on
 * Moderators Europe's motions page and submits it; Mateo and Priya second it in their browsers;
 * Jonas, the chapter's steward, schedules the vote. The trustees Yuki, Priya and Kwame follow the
 * motion page's link to the key ceremony; five members follow its link to the booth and register
 * their voting keys; Jonas opens the vote on the motion page. The five vote in the booth (Chloé
 * challenges a ballot first, Mateo votes again in a second tab, and his first tab then says its
 * ballot was replaced). Chloé follows the booth's link to her entry on the bulletin board and finds
 * Mateo's first ballot by its tracking code typed as the booth shows it; the board says which
 * entries count. Jonas closes voting on the result page; Yuki and Kwame decrypt from their
 * browsers, and the trustee page then offers nothing more. The result page shows the counts, the
 * actual voting period, the motion's outcome and a passing verification report; the motion page
 * shows it carried; and the record downloaded from
 * the result page passes the command-line verifier ({@code ./unionhall verify}'s jar) and the
 * independent Python verifier, each run as its own process.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberMotionIT {
    private static final String DOMAIN = "@unionhall.example";
    private static final String CHAPTER = "moderators-europe";
    private static final String TITLE = "Publish our moderation guidelines";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

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
    void aMemberMotionIsProposedSecondedVotedInSecretDecryptedByTrusteesAndTheRecordVerifies() throws Exception {
        Map<String, Browser> people = new LinkedHashMap<>();
        try {
            for (String who : List.of("chloe", "mateo", "priya", "jonas", "yuki", "kwame")) {
                people.put(who, who.equals("priya") ? Browser.open(base) : Browser.open(base).signIn(who + DOMAIN));
            }
            Browser chloe = people.get("chloe");
            Browser jonas = people.get("jonas");

            String motion = propose(chloe);
            // Before submitting it, Chloé rewrites her draft on its page.
            WebElement draftText = chloe.find(By.id("motion:draftText"));
            draftText.sendKeys(" Each server's own rules stay its own.");
            chloe.find(By.id("motion:saveDraft")).click();
            chloe.waitForMessage("Your changes to the draft are saved.");
            assertTrue(text(chloe, "#motionText").endsWith("Each server's own rules stay its own."), text(chloe, "#motionText"));
            chloe.find(By.id("motion:submit")).click();
            chloe.waitForMessage("Submitted");
            chloe.screenshot("motion-submitted");
            // After a button the address still names the motion, so it can be copied or reloaded.
            assertTrue(chloe.currentUrl().contains("id=" + motion), chloe.currentUrl());
            chloe.driver().navigate().refresh();
            chloe.waitForTitle(TITLE);

            // Priya opens the motion's link while signed out: after signing in she is on the motion, not the dashboard.
            Browser priya = people.get("priya");
            priya.go("/motions/view.xhtml?id=" + motion);
            priya.waitForTitle("Sign in");
            priya.find(By.id("signIn:email")).sendKeys("priya" + DOMAIN);
            priya.find(By.id("signIn:password")).sendKeys(Browser.DEMO_PASSWORD, Keys.ENTER);
            priya.waitForTitle(TITLE);
            assertTrue(priya.currentUrl().endsWith("/motions/view.xhtml?id=" + motion), priya.currentUrl());

            for (String seconder : List.of("mateo", "priya")) {
                Browser b = openMotion(people.get(seconder), motion);
                b.find(By.id("motion:second")).click();
                b.waitForMessage("You seconded this motion.");
            }

            openMotion(jonas, motion);
            String how = jonas.find(By.cssSelector("main")).getText();
            assertTrue(how.contains("Decided under bylaws version 1 by secret member ballot, simple majority"), how);
            LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
            jonas.script("document.getElementById('motion:opensOn').value = '" + tomorrow + "';"
                    + "document.getElementById('motion:closesOn').value = '" + tomorrow.plusDays(7) + "';");
            jonas.screenshot("motion-schedule");
            jonas.find(By.id("motion:schedule")).click();
            jonas.waitForMessage("The vote is scheduled.");
            assertTrue(text(jonas, "#ballotPhase").startsWith("Key ceremony"), text(jonas, "#ballotPhase"));

            List<String> trustees = List.of("yuki", "priya", "kwame");
            String election = null;
            for (String t : trustees) {
                Browser b = openMotion(people.get(t), motion);
                String href = b.find(By.id("motion:trusteeLink")).getAttribute("href");
                election = href.substring(href.indexOf("e=") + 2);
                if (t.equals("yuki")) {
                    b.screenshot("motion-trustee-call");
                }
                b.find(By.id("motion:trusteeLink")).click();
                until(b, "#trustee-phase", s -> s.startsWith("Phase"));
            }
            String[][] steps = {{"#trustee-announce", "Step 1 done"}, {"#trustee-shares", "Step 2 done"},
                    {"#trustee-check", "Step 3 done"}};
            String[] counters = {"Announced: ", "Shares sent: ", "Shares sent: "};
            for (int step = 0; step < steps.length; step++) {
                for (int i = 0; i < trustees.size(); i++) {
                    Browser b = people.get(trustees.get(i));
                    b.script("document.querySelector('#trustee-status').textContent = '';");
                    b.find(By.cssSelector(steps[step][0])).click();
                    String said = until(b, "#trustee-status", s -> !s.isBlank());
                    assertTrue(said.startsWith(steps[step][1]), trustees.get(i) + ": " + said);
                    // The page counts the trustee's own step as soon as it is done.
                    String counted = counters[step] + (step < 2 ? i + 1 : 3) + " of 3.";
                    assertTrue(text(b, "#trustee-phase").contains(counted), text(b, "#trustee-phase"));
                }
            }
            people.get("kwame").screenshot("trustee-ceremony");

            List<String> voters = List.of("chloe", "mateo", "jonas", "yuki", "priya");
            for (String v : voters) {
                Browser b = openMotion(people.get(v), motion);
                if (v.equals("chloe")) {
                    b.screenshot("motion-register-call");
                }
                b.find(By.id("motion:registerLink")).click();
                until(b, "#booth-phase", s -> s.startsWith("Registration is open"));
                b.find(By.id("credential-create")).click();
                String said = until(b, "#booth-status", s -> s.contains("registered") || s.startsWith("Not done"));
                assertTrue(said.contains("is registered"), v + ": " + said);
                if (v.equals("chloe")) {
                    b.screenshot("booth-registered");
                }
            }

            openMotion(jonas, motion);
            assertTrue(text(jonas, "#ballotPhase").contains("5 registered"), text(jonas, "#ballotPhase"));
            // Opening early ends registration: the steward must tick that first, and nothing opens until then.
            jonas.find(By.id("motion:openVoting")).click();
            jonas.waitForMessage("Tick the box to confirm before opening the vote");
            assertTrue(text(jonas, "#ballotPhase").startsWith("Registration is open"), text(jonas, "#ballotPhase"));
            jonas.find(By.id("motion:confirmOpen")).click();
            jonas.find(By.id("motion:openVoting")).click();
            jonas.waitForMessage("The vote is open.");
            assertTrue(text(jonas, "#ballotPhase").startsWith("Voting is open"), text(jonas, "#ballotPhase"));
            // Scheduled to close at the end of a day, and said so, not as the next day's midnight.
            assertTrue(text(jonas, "#ballotPhase").startsWith("Voting is open until the end of " + tomorrow.plusDays(7)
                    + " (24:00 UTC)."), text(jonas, "#ballotPhase"));

            String chloesCode = vote(people.get("chloe"), motion, "c0o0", true);
            String chloesReceipt = keptReceipt(people.get("chloe"), election, 2);
            String mateosFirst = vote(people.get("mateo"), motion, "c0o1", false);
            vote(people.get("jonas"), motion, "c0o1", false);
            vote(people.get("yuki"), motion, "c0o2", false);
            vote(people.get("priya"), motion, "c0o0", false);
            // Mateo votes again in a second tab; the first tab, still showing his first ballot, says it was replaced.
            Browser mateo = people.get("mateo");
            String firstTab = mateo.driver().getWindowHandle();
            mateo.driver().switchTo().newWindow(WindowType.TAB);
            openMotion(mateo, motion);
            assertEquals("Vote again in the booth", mateo.find(By.id("motion:boothLink")).getText());
            mateo.screenshot("motion-vote-again");
            vote(mateo, motion, "c0o0", false);
            mateo.driver().close();
            mateo.driver().switchTo().window(firstTab);
            String replaced = until(mateo, "#cast-replaced", s -> !s.isBlank());
            assertTrue(replaced.startsWith("A later ballot replaced this one: entry 7"), replaced);
            assertEquals("This ballot was replaced", text(mateo, "#cast-heading"));

            // Chloé follows the booth's link to her ballot on the board: found, shown, and counted.
            chloe.find(By.id("cast-board")).click();
            chloe.waitForTitle("Bulletin board");
            assertTrue(text(chloe, "#search-result").startsWith("Found: entry 2. Your ballot is on the board and counts."),
                    text(chloe, "#search-result"));
            assertTrue(text(chloe, "#entry-2").contains("counts"), text(chloe, "#entry-2"));
            chloe.screenshot("board-found");
            // Mateo's first code, typed as the booth showed it (in groups with spaces), is found and shown replaced.
            assertTrue(mateosFirst.contains(" "), mateosFirst);
            findOnBoard(chloe, mateosFirst);
            assertTrue(text(chloe, "#search-result").contains("Found: entry 3."), text(chloe, "#search-result"));
            assertTrue(text(chloe, "#entry-3").contains("not counted: replaced by entry 7"), text(chloe, "#entry-3"));
            // A code missing a character is a copying mistake, not a missing ballot.
            findOnBoard(chloe, mateosFirst.substring(1));
            String mistyped = text(chloe, "#search-result");
            assertTrue(mistyped.startsWith("This is not a whole tracking code") && !mistyped.contains("missing ballot"),
                    mistyped);
            chloe.find(By.linkText("Show all entries")).click();
            chloe.waitForTitle("Bulletin board");
            List<String> counted = chloe.driver().findElements(By.cssSelector("#board tbody tr")).stream()
                    .map(r -> r.getText().contains("not counted: challenged") ? "challenged"
                            : r.getText().contains("not counted: replaced by entry 7") ? "replaced"
                            : r.getText().contains("counts") ? "counts" : r.getText())
                    .toList();
            assertEquals(List.of("challenged", "counts", "replaced", "counts", "counts", "counts", "counts"), counted);
            chloe.screenshot("board");

            // During voting, a visitor (nobody signed in) checks Chloé's receipt file against the board so far.
            try (Browser visitor = Browser.open(base)) {
                visitor.go("/elections/result.xhtml?e=" + election);
                visitor.waitForTitle("Result");
                Path file = Files.createTempFile("receipt-", ".json");
                Files.writeString(file, chloesReceipt);
                visitor.find(By.id("receipt-file")).sendKeys(file.toString());
                new WebDriverWait(visitor.driver(), PATIENCE).until(driver -> !driver.findElement(By.id("receipt"))
                        .getDomProperty("value").isBlank());
                assertEquals(chloesReceipt, visitor.find(By.id("receipt")).getDomProperty("value"));
                assertEquals(confirmed(2, chloesCode), checkReceipt(visitor, null));
            }
            // The same check through the API, open to visitors too; text that is no receipt is refused with the reason.
            Api.Caller anyone = new Api(base).anonymous();
            String check = "api/v1/elections/" + election + "/receipt-check?receipt=";
            JsonObject answer = anyone.get(check + URLEncoder.encode(chloesReceipt, StandardCharsets.UTF_8)).expect(200)
                    .json();
            assertEquals("confirmed", answer.getString("verdict"), answer.toString());
            assertEquals(2, answer.getInt("seq"));
            assertEquals(chloesCode, answer.getString("code"));
            assertTrue(anyone.get(check + "garbage").problem(422).getString("detail").startsWith("This is not a receipt"));

            openMotion(chloe, motion);
            assertTrue(chloe.driver().findElements(By.id("closeForm:closeVoting")).isEmpty());
            chloe.go("/elections/result.xhtml?e=" + election);
            chloe.waitForTitle("Result");
            assertTrue(chloe.driver().findElements(By.id("closeForm:closeVoting")).isEmpty(),
                    "only a steward of the chapter is offered to close voting");

            openMotion(jonas, motion).find(By.id("motion:resultLink")).click();
            jonas.waitForTitle("Result");
            jonas.screenshot("result-close");
            jonas.find(By.id("closeForm:closeVoting")).click();
            jonas.waitForMessage("Tick the box to confirm before closing voting");
            jonas.find(By.id("closeForm:confirmClose")).click();
            jonas.find(By.id("closeForm:closeVoting")).click();
            jonas.waitForMessage("Voting is closed.");

            for (String t : List.of("yuki", "kwame")) {
                Browser b = openMotion(people.get(t), motion);
                assertEquals("Decrypt your part of the result", b.find(By.id("motion:trusteeLink")).getText());
                b.find(By.id("motion:trusteeLink")).click();
                until(b, "#trustee-phase", s -> s.startsWith("Phase: closed"));
                b.find(By.id("trustee-decrypt")).click();
                String said = until(b, "#trustee-status", s -> s.startsWith("Decryption") || s.startsWith("Not done"));
                assertTrue(said.startsWith("Decryption done"), t + ": " + said);
            }
            Browser kwame = people.get("kwame");
            assertTrue(text(kwame, "#trustee-phase").startsWith("Phase: published"), text(kwame, "#trustee-phase"));
            assertTrue(text(kwame, "#trustee-phase").contains("Decrypted: 2 of 3."), text(kwame, "#trustee-phase"));
            assertEquals("The result is published: nothing is left for the trustees to do.",
                    text(kwame, "#decrypt-state"));
            assertTrue(kwame.driver().findElements(By.cssSelector("#trustee-decrypt, #ceremony")).stream()
                    .noneMatch(WebElement::isDisplayed), "no step is offered after publication");

            openMotion(chloe, motion).find(By.id("motion:resultLink")).click();
            chloe.waitForTitle("Result");
            String verdict = chloe.find(By.id("verification-verdict")).getText();
            assertTrue(verdict.contains("Verified: every check of the election record passed."), verdict);
            String published = chloe.find(By.id("published")).getText();
            assertTrue(published.contains("yes 3") && published.contains("no 1") && published.contains("abstain 1"),
                    published);
            assertTrue(chloe.find(By.id("outcome")).getText().contains("The motion carried."),
                    chloe.find(By.id("outcome")).getText());
            assertTrue(chloe.find(By.id("turnout-line")).getText().startsWith("5 members voted"));
            // Voting opened and closed today, before the scheduled day: the page shows when it really did.
            String period = text(chloe, "#voting-period");
            assertTrue(period.startsWith("voting opened " + LocalDate.now(ZoneOffset.UTC)) && period.contains(" and closed ")
                    && !period.contains(tomorrow.toString()), period);
            assertEquals(17, chloe.driver().findElements(By.cssSelector("#checks > li")).size());
            assertEquals(17, chloe.driver().findElements(By.cssSelector("#checks .uh-check-passed")).size());
            chloe.screenshot("result-published");
            // After publication: her receipt is confirmed; one changed character of its signature makes it forged; a
            // genuine receipt of another election is called so.
            assertEquals(confirmed(2, chloesCode), checkReceipt(chloe, chloesReceipt));
            chloe.screenshot("result-receipt-check", By.id("receipt-check"));
            assertTrue(checkReceipt(chloe, tamperSignature(chloesReceipt)).startsWith("Forged: the board key of this "
                    + "election did not sign this receipt."), text(chloe, "#receipt-verdict"));
            assertTrue(text(chloe, "#receipt-verdict-reason").contains("forged: the signature does not check"),
                    text(chloe, "#receipt-verdict-reason"));
            assertTrue(checkReceipt(chloe, receiptOfAnotherElection()).startsWith("This receipt is for another election."),
                    text(chloe, "#receipt-verdict"));
            assertTrue(checkReceipt(chloe, "my ballot was yes").startsWith("This is not a receipt"),
                    text(chloe, "#receipt-verdict"));
            String href = chloe.find(By.id("record-download")).getAttribute("href");

            openMotion(chloe, motion);
            String outcome = chloe.find(By.id("outcome")).getText();
            assertEquals("Carried", outcome, "3 for, 1 against, 1 abstaining of 15 with a quorum of 25% carries");
            String reasons = chloe.find(By.id("motion:result")).getText();
            assertTrue(reasons.contains("For 3, against 1, abstaining 1 of 16 eligible voters. Quorum of 25% met"),
                    reasons);
            chloe.screenshot("motion-carried");

            Path record = Files.createTempDirectory("member-motion-record-");
            Cookie session = chloe.driver().manage().getCookieNamed("UNIONHALL_SESSION");
            HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", session.getName() + "=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, zip.statusCode());
            unzip(zip.body(), record);

            Run cli = run(List.of(java(), "-jar", new File("../ballot-crypto/target/ballot-crypto-cli.jar")
                    .getAbsolutePath(), "verify", record.toString()));
            assertEquals(0, cli.exit(), cli.output());
            assertTrue(cli.output().lines().anyMatch(l -> l.startsWith("RESULT: all 17 checks passed.")), cli.output());
            Run python = run(List.of("python3", new File("../ballot-crypto/tools/independent-verifier.py")
                    .getAbsolutePath(), record.toString()));
            assertEquals(0, python.exit(), python.output());
        } finally {
            for (Browser b : people.values()) {
                b.close();
            }
        }
    }

    @Test
    void theListOfBallotsNamesTheChapterAsItsMembersCallIt() throws Exception {
        try (Browser chloe = Browser.open(base).signIn("chloe" + DOMAIN)) {
            chloe.go("/elections/list.xhtml?scope=moderators-europe");
            chloe.waitForTitle("Secret ballots");
            String lead = text(chloe, ".uh-lead");
            assertTrue(lead.startsWith("Secret, verifiable ballots of Moderators Europe:"), lead);
        }
    }

    @Test
    void anErrorPageKeepsTheSignedInMembersWayAndShowsTheReasonAsWritten() throws Exception {
        String missing = "/chapter/view.xhtml?chapter=no-such-place";
        try (Browser chloe = Browser.open(base).signIn("chloe" + DOMAIN)) {
            chloe.go(missing);
            chloe.waitForTitle("This page does not exist");
            assertEquals("There is no chapter \"no-such-place\".", text(chloe, "#explanation"));
            assertTrue(chloe.findAll(By.id("signOutButton")).size() == 1, "the banner keeps its sign-out button");
            assertTrue(chloe.findAll(By.linkText("Sign in")).isEmpty(), "no sign-in offered to a signed-in member");
            assertEquals("Go to my dashboard", chloe.find(By.id("dashboard")).getText());
            // One security policy, the page's own: a second, stricter one would block its scripts and font.
            Object policy = ((JavascriptExecutor) chloe.driver()).executeAsyncScript("const done = arguments[0];"
                    + "fetch(location.href).then(r => done(r.headers.get('content-security-policy')));");
            assertTrue(String.valueOf(policy).contains("nonce-"), String.valueOf(policy));
            assertFalse(String.valueOf(policy).contains("default-src 'none'"), String.valueOf(policy));
        }
        try (Browser visitor = Browser.open(base)) {
            visitor.go("/elections/result.xhtml?e=00000000-0000-0000-0000-000000000000");
            visitor.waitForTitle("does not exist");
            assertEquals("Sign in", visitor.find(By.id("signInLink")).getText());
            assertTrue(visitor.findAll(By.id("signOutButton")).isEmpty());
        }
    }

    @Test
    void aMemberNominatesAnotherWhoAcceptsAndNewBylawsAreProposedFromTheVersionInForce() throws Exception {
        try (Browser chloe = Browser.open(base).signIn("chloe" + DOMAIN);
             Browser mateo = Browser.open(base).signIn("mateo" + DOMAIN)) {
            chloe.go("/motions/list.xhtml?chapter=" + CHAPTER);
            chloe.waitForTitle("Motions of Moderators Europe");
            chloe.find(By.id("electionForm:office")).sendKeys("Chapter secretary");
            chloe.find(By.id("electionForm:officeText")).sendKeys("Keeps the minutes of the chapter for a year.");
            chloe.find(By.id("electionForm:callButton")).click();
            chloe.waitForTitle("Chapter secretary");
            String election = chloe.driver().getCurrentUrl().replaceAll(".*id=", "");
            chloe.find(By.id("motion:submit")).click();
            chloe.waitForMessage("Submitted");
            chloe.find(By.id("motion:nomineeName")).sendKeys("nobody by this name");
            chloe.find(By.id("motion:findNominees")).click();
            chloe.waitForMessage("No active member of Moderators Europe has");
            chloe.find(By.id("motion:nomineeName")).clear();
            chloe.find(By.id("motion:nomineeName")).sendKeys("Garc");
            chloe.find(By.id("motion:findNominees")).click();
            String found = chloe.find(By.id("nomineeMatches")).getText();
            assertTrue(found.contains("Mateo García"), found);
            chloe.screenshot("election-nominate");
            chloe.find(By.cssSelector("#nomineeMatches input[aria-label='Nominate Mateo García']")).click();
            chloe.waitForMessage("Mateo García is nominated");

            mateo.go("/notifications/list.xhtml");
            mateo.waitForTitle("Notifications");
            assertTrue(mateo.find(By.id("notificationList")).getText()
                    .contains("You were nominated for \"Chapter secretary\""));
            openElection(mateo, election);
            mateo.find(By.cssSelector("textarea[id$='statement']")).sendKeys("I kept the minutes of my server's "
                    + "moderation team for two years.");
            mateo.find(By.cssSelector("input[id$='accept']")).click();
            mateo.waitForMessage("You stand as a candidate.");
            String candidates = mateo.find(By.id("nominations")).getText();
            assertTrue(candidates.contains("Mateo García") && candidates.contains("nominated by Chloé Martin")
                    && candidates.contains("I kept the minutes") && candidates.toLowerCase(Locale.ROOT).contains("accepted"),
                    candidates);

            chloe.go("/motions/list.xhtml?chapter=" + CHAPTER);
            chloe.find(By.id("proposeBylawsLink")).click();
            chloe.waitForTitle("Propose new bylaws for Fediverse Moderators' Union");
            assertEquals("25", chloe.find(By.id("bylawsForm:memberQuorum")).getAttribute("value"));
            assertEquals("3", chloe.find(By.id("bylawsForm:trustees")).getAttribute("value"));
            chloe.find(By.id("bylawsForm:title")).sendKeys("Budgets by secret ballot");
            chloe.find(By.id("bylawsForm:text")).sendKeys("Members decide the union's money themselves, in secret.");
            chloe.find(By.id("bylawsForm:votingDays")).clear();
            chloe.find(By.id("bylawsForm:votingDays")).sendKeys("10");
            // Found by its label, as a screen reader user finds it.
            String budgetMenu = chloe.driver().findElement(By.xpath("//label[normalize-space()='Who decides a budget "
                    + "motion']")).getAttribute("for");
            new org.openqa.selenium.support.ui.Select(chloe.find(By.id(budgetMenu)))
                    .selectByVisibleText("Secret member ballot");
            chloe.screenshot("bylaws-propose");
            assertEquals(0, chloe.overflowOnPhone(), "the bylaws form fits a phone");
            chloe.find(By.id("bylawsForm:proposeBylaws")).click();
            chloe.waitForTitle("Budgets by secret ballot");
            chloe.waitForMessage("Your bylaws amendment is saved as a draft.");
            String proposed = chloe.find(By.id("proposedBylaws")).getText();
            assertTrue(proposed.contains("votes last 10 days"), proposed);
            assertTrue(proposed.contains("Budget motion Secret member ballot"), proposed);
            assertTrue(proposed.contains("General motion Secret member ballot"), proposed);
            assertTrue(chloe.find(By.cssSelector("main")).getText().contains("Bylaws amendment in Fediverse Moderators' "
                    + "Union, proposed by Chloé Martin"));
        }
    }

    @Test
    void membersDebateAMotionWithARepliesQuoteANotificationAndAStewardHidingACommentWithItsReason() throws Exception {
        String title = "Open a help desk for new moderators";
        try (Browser chloe = Browser.open(base).signIn("chloe" + DOMAIN);
             Browser mateo = Browser.open(base).signIn("mateo" + DOMAIN);
             Browser jonas = Browser.open(base).signIn("jonas" + DOMAIN)) {
            chloe.go("/motions/list.xhtml?chapter=" + CHAPTER);
            chloe.waitForTitle("Motions of Moderators Europe");
            chloe.find(By.id("proposeForm:title")).sendKeys(title);
            chloe.find(By.id("proposeForm:text")).sendKeys("The chapter staffs a help desk two evenings a week.");
            chloe.find(By.id("proposeForm:proposeButton")).click();
            chloe.waitForTitle(title);
            String motion = chloe.currentUrl().replaceAll(".*id=", "").replaceAll("&.*", "");
            chloe.find(By.id("motion:submit")).click();
            chloe.waitForMessage("Submitted");
            assertTrue(chloe.find(By.id("debate")).getText().contains("No comments yet."));
            chloe.find(By.id("commentForm:commentText")).sendKeys("We answer the same questions every week.\n"
                    + "A help desk would save us time. <b>Really</b>");
            chloe.find(By.id("commentForm:postComment")).click();
            chloe.waitForMessage("Your comment is posted.");

            mateo.go("/motions/view.xhtml?id=" + motion);
            mateo.waitForTitle(title);
            String thread = mateo.find(By.id("thread")).getText();
            assertTrue(thread.contains("Chloé Martin") && thread.contains("<b>Really</b>"), thread);
            assertTrue(mateo.findAll(By.cssSelector("#thread b")).isEmpty(), "markup is shown as text");
            assertTrue(mateo.findAll(By.cssSelector("#thread details.uh-edit")).isEmpty(), "only the author edits");
            mateo.find(By.cssSelector("#thread details.uh-reply summary")).click();
            mateo.find(By.cssSelector("#thread [id$='replyText']")).sendKeys("Two evenings are not enough.");
            mateo.find(By.cssSelector("#thread [id$='replyQuote']")).sendKeys("A help desk would save us time.");
            mateo.find(By.cssSelector("#thread [id$='postReply']")).click();
            mateo.waitForMessage("Your reply is posted.");
            String quoted = mateo.find(By.cssSelector("#thread .uh-replies .uh-comment-quote")).getText();
            assertEquals("A help desk would save us time.", quoted);

            chloe.go("/notifications/list.xhtml");
            chloe.waitForTitle("Notifications");
            String told = chloe.find(By.id("notificationList")).getText();
            assertTrue(told.contains("Mateo García replied to your comment on \"" + title + "\""), told);

            jonas.go("/motions/view.xhtml?id=" + motion);
            jonas.waitForTitle(title);
            jonas.find(By.cssSelector("#thread .uh-replies details.uh-hide summary")).click();
            jonas.find(By.cssSelector("#thread .uh-replies [id$='hideReason']")).sendKeys("Off topic: please debate "
                    + "the number of evenings in an amendment.");
            jonas.find(By.cssSelector("#thread .uh-replies [id$='hideComment']")).click();
            jonas.waitForMessage("The comment is hidden");

            chloe.go("/motions/view.xhtml?id=" + motion);
            chloe.waitForTitle(title);
            String after = chloe.find(By.id("thread")).getText();
            assertTrue(after.contains("Hidden by a steward: Off topic: please debate the number of evenings in an "
                    + "amendment."), after);
            assertFalse(after.contains("Two evenings are not enough."), after);
            assertEquals(1, chloe.findAll(By.cssSelector("#thread details.uh-edit")).size(), "her own recent comment");
            assertEquals(0, chloe.overflowOnPhone(), "the debate fits a phone");
            chloe.screenshot("motion-debate", By.id("debate"));

            mateo.go("/motions/list.xhtml?chapter=" + CHAPTER);
            mateo.waitForTitle("Motions of Moderators Europe");
            mateo.find(By.id("q")).sendKeys("HELP desk questions");
            mateo.find(By.id("searchButton")).click();
            mateo.waitForTitle("Search motions and debates");
            String hits = mateo.find(By.id("hits")).getText();
            assertTrue(hits.contains("Comment by Chloé Martin in Moderators Europe") && hits.contains(title), hits);
            assertFalse(hits.contains("Two evenings"), "a hidden comment is never found");
            assertEquals(0, mateo.overflowOnPhone(), "the search page fits a phone");
        }
    }

    private static void openElection(Browser b, String id) {
        b.go("/motions/view.xhtml?id=" + id);
        b.waitForTitle("Chapter secretary");
    }

    /** Chloé drafts the motion on the chapter's motions page and lands on its page; returns its id. */
    private static String propose(Browser chloe) {
        chloe.go("/motions/list.xhtml?chapter=" + CHAPTER);
        chloe.waitForTitle("Motions of Moderators Europe");
        String rules = chloe.find(By.id("bylaws")).getText();
        assertTrue(rules.contains("General motion Secret member ballot simple majority"), rules);
        assertTrue(rules.contains("Budget motion Delegate congress"), rules);
        chloe.find(By.id("proposeForm:title")).sendKeys(TITLE);
        chloe.find(By.id("proposeForm:text")).sendKeys("The chapter publishes the guidelines its moderators work by, "
                + "so that members of every server can read them.");
        chloe.screenshot("motion-propose");
        chloe.find(By.id("proposeForm:proposeButton")).click();
        chloe.waitForTitle(TITLE);
        chloe.waitForMessage("Your draft is saved.");
        String url = chloe.driver().getCurrentUrl();
        return url.substring(url.indexOf("id=") + 3);
    }

    private static Browser openMotion(Browser b, String motion) {
        b.go("/motions/view.xhtml?id=" + motion);
        b.waitForTitle(TITLE);
        return b;
    }

    /**
     * The booth's receipt after casting: checked against the board key (the page says so),
     * downloadable as a file that parses as the receipt of entry {@code seq}, and copyable.
     * Returns the file's text.
     */
    private static String keptReceipt(Browser b, String election, long seq) throws IOException {
        assertEquals("Your receipt: keep it", text(b, "#receipt-heading"));
        String meaning = text(b, "#receipt-meaning");
        assertTrue(meaning.startsWith("It proves the bulletin board accepted your ballot at position " + seq + ",")
                && meaning.contains("it is signed with the election's board key"), meaning);
        WebElement download = b.find(By.id("receipt-download"));
        assertEquals("receipt-" + election + "-" + seq + ".json", download.getAttribute("download"));
        Path downloads = Files.createTempDirectory("receipt-download-");
        ((HasCdp) b.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        download.click();
        Path saved = downloads.resolve("receipt-" + election + "-" + seq + ".json");
        new WebDriverWait(b.driver(), PATIENCE).until(driver -> Files.isRegularFile(saved));
        String file = Files.readString(saved);
        Receipt receipt = Receipt.parse(file);
        assertEquals(seq, receipt.seq());
        assertEquals("cast", receipt.state().label());
        assertEquals(file, text(b, "#receipt-json"), "the booth shows the very text of the file");
        b.find(By.id("receipt-copy")).click();
        assertEquals("Receipt copied.", until(b, "#booth-status", s -> s.contains("copied") || s.startsWith("Not done")));
        return file;
    }

    private static String confirmed(long seq, String groupedCode) {
        return "Your ballot is on the board at entry " + seq + " with tracking code " + groupedCode
                + ", after the same board your receipt saw.";
    }

    /**
     * Checks a receipt on the open result page, typed into the form unless {@code receipt} is null
     * (already there, read from a file); returns the verdict.
     */
    private static String checkReceipt(Browser b, String receipt) {
        if (receipt != null) {
            WebElement field = b.find(By.id("receipt"));
            field.clear();
            // Typing 300 characters key by key is slow; a paste puts the whole text in at once, as this does.
            ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1];", field, receipt);
        }
        WebElement submit = b.find(By.id("receipt-submit"));
        submit.click();
        new WebDriverWait(b.driver(), PATIENCE).until(ExpectedConditions.stalenessOf(submit));
        return text(b, "#receipt-verdict-text");
    }

    /** The receipt with one character of its signature changed (in c, so it still reads as a signature). */
    private static String tamperSignature(String receipt) {
        int at = receipt.indexOf("\"signature\":\"") + "\"signature\":\"".length() + 2;
        return receipt.substring(0, at) + (receipt.charAt(at) == 'A' ? 'B' : 'A') + receipt.substring(at + 1);
    }

    /** A genuine receipt of another election: one ballot cast through the API into a second secret ballot. */
    private String receiptOfAnotherElection() {
        Members members = new Members(new Api(base));
        SecretBallot other = SecretBallot.opened(members, "Another question", List.of("amara"));
        return other.cast("amara", other.ballot("amara", 0)).expect(201).json().getJsonObject("receipt").toString();
    }

    /** Types a tracking code into the board's search as a voter would, and waits for the answer. */
    private static void findOnBoard(Browser b, String code) {
        WebElement field = b.find(By.id("code"));
        field.clear();
        field.sendKeys(code);
        b.find(By.id("find-code")).click();
        b.find(By.id("search-result"));
    }

    /**
     * Follows the motion page's link to the booth and votes (after challenging one ballot, if
     * asked); returns the tracking code as the booth shows it.
     */
    private static String vote(Browser b, String motion, String choice, boolean challengeFirst) {
        openMotion(b, motion);
        // The vote is the first thing the motion page offers, as a button of its own, not a link in a sentence.
        String actions = text(b, "#actions");
        assertFalse(actions.contains("Nothing on this motion waits for you"), actions);
        assertTrue(actions.contains("Voting is open to you.") || actions.contains("You have voted."), actions);
        WebElement booth = b.find(By.id("motion:boothLink"));
        assertTrue(booth.getAttribute("class").contains("uh-button"), booth.getAttribute("class"));
        booth.click();
        until(b, "#booth-phase", s -> s.startsWith("Voting is open"));
        until(b, "#booth-ballot", s -> s.contains("Encrypt my ballot"));
        b.find(By.id(choice)).click();
        b.find(By.id("ballot-encrypt")).click();
        String encrypted = until(b, "#booth-status", s -> s.contains("encrypted") || s.startsWith("Not done"));
        assertTrue(encrypted.startsWith("Your ballot is encrypted. Nothing has been sent yet"), encrypted);
        if (challengeFirst) {
            b.screenshot("booth-encrypted");
            b.find(By.id("ballot-challenge")).click();
            String said = until(b, "#booth-status", s -> s.startsWith("Challenge") || s.startsWith("Not done"));
            assertTrue(said.startsWith("Challenge checked"), said);
            b.screenshot("booth-challenged");
            b.find(By.id("challenge-again")).click();
            b.find(By.id(choice)).click();
            b.find(By.id("ballot-encrypt")).click();
            until(b, "#booth-status", s -> s.startsWith("Your ballot is encrypted"));
        }
        b.find(By.id("ballot-cast")).click();
        String said = until(b, "#booth-status", s -> s.contains("is cast") || s.startsWith("Not done"));
        assertTrue(said.startsWith("Your ballot is cast"), said);
        if (challengeFirst) {
            b.screenshot("booth-cast");
            b.find(By.id("cast-copy")).click();
            assertEquals("Tracking code copied.", until(b, "#booth-status", s -> s.contains("copied") || s.startsWith("Not done")));
        }
        return text(b, "#cast-code");
    }

    private static String text(Browser b, String css) {
        return b.find(By.cssSelector(css)).getText();
    }

    private static String until(Browser b, String css, Predicate<String> done) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        String text = null;
        while (System.nanoTime() < end) {
            Object t = b.script("const e = document.querySelector('" + css + "'); return e ? e.innerText : null;");
            text = t == null ? null : t.toString();
            if (text != null && done.test(text)) {
                return text;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("waited in vain on " + css + " of " + b.driver().getCurrentUrl() + "; it says: " + text);
    }

    private record Run(int exit, String output) {
    }

    /** Runs a verifier as its own process, as someone checking the record at home would. */
    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in 5 minutes");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void unzip(byte[] zip, Path dir) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(dir), "the record stays in its folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.write(target, in.readAllBytes());
                }
            }
        }
    }
}
