package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.unionhall.web.it.MailServer;

/**
 * Invitations in a real browser, with the mail arriving in a real SMTP server started by the test:
 * the steward of Moderators Europe invites two people on the chapter's invitations page (a preview
 * first, then sending), each opens the link from the mail GreenMail received, keeps or changes the
 * name the steward gave, chooses a password and lands signed in as an active member of the chapter;
 * the link used again says so, and the steward's list of pending invitations is empty of them. A
 * CSV file uploaded on the same page: one not in UTF-8 is refused with its reason; in a good one a
 * cell a spreadsheet reads as a formula and a person invited already are left out, and the rest
 * is invited. A form with a file over 1 MB is refused with 413 before it is read.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationPagesIT {
    private static final String STEWARD = "jonas@unionhall.example";
    private static final String ROSA = "rosa.rivera@example.org";
    private static final String SAMI = "sami.salo@example.org";
    private static final String ZOE = "zoe.zander@example.org";
    private static final String SUBJECT = "Unionhall: Jonas Lindqvist invites you to join Moderators Europe";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(MailServer.PUBLIC_URL)
            + "(/invitation/accept\\.xhtml\\?token=[A-Za-z0-9_-]{43})");
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
    void aStewardInvitesTwoPeopleAndBothJoinFromTheLinkInTheirMail() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(STEWARD);
            browser.go("/chapter/view.xhtml?chapter=moderators-europe");
            browser.find(By.id("invitations")).click();
            browser.waitForTitle("Invitations to Moderators Europe");
            browser.find(By.id("typed:people")).sendKeys("Rosa Rivera, " + ROSA + "\nSami Salo; " + SAMI
                    + "\nChloé again, chloe@unionhall.example\n");
            browser.find(By.id("typed:check")).click();
            browser.waitForTitle("Invitations to Moderators Europe");
            assertEquals("2 of 3 can be invited. The rows with a problem are left out.",
                    browser.find(By.id("summary")).getText());
            assertTrue(browser.find(By.id("rows")).getText().contains("Already a member of Moderators Europe."),
                    browser.find(By.id("rows")).getText());
            browser.screenshot("invitations-preview");
            browser.find(By.id("confirm:send")).click();
            browser.waitForMessage("2 invitations were sent.");
            String pending = browser.find(By.id("invitations")).getText();
            assertTrue(pending.contains(ROSA) && pending.contains(SAMI), pending);
            browser.screenshot("invitations-pending");

            browser.find(By.id("upload:file")).sendKeys(file("latin1", "name,email\nZo\u00eb Zander," + ZOE + "\n",
                    StandardCharsets.ISO_8859_1));
            browser.find(By.id("upload:checkFile")).click();
            browser.waitForMessage("The file is not UTF-8 text.");
            browser.find(By.id("upload:file")).sendKeys(file("members", "name,email\nZo\u00eb Zander," + ZOE
                    + "\n=HYPERLINK(\"https://evil.example\"),evil@example.org\nRosa Rivera," + ROSA + "\n",
                    StandardCharsets.UTF_8));
            browser.find(By.id("upload:checkFile")).click();
            browser.waitForTitle("Invitations to Moderators Europe");
            assertEquals("1 of 3 can be invited. The rows with a problem are left out.",
                    browser.find(By.id("summary")).getText());
            String checked = browser.find(By.id("rows")).getText();
            assertTrue(checked.contains("formula") && checked.contains("Already invited on"), checked);
            browser.find(By.id("confirm:send")).click();
            browser.waitForMessage("1 invitation was sent.");
            assertTrue(MailServer.text(mail.await(ZOE, SUBJECT)).contains("Zo\u00eb Zander"));
            browser.signOut();

            String rosaLink = linkIn(ROSA);
            browser.go(rosaLink);
            browser.waitForTitle("Your invitation");
            assertTrue(browser.find(By.id("what")).getText().contains("Moderators Europe"));
            assertEquals("Rosa Rivera", browser.find(By.id("accept:displayName")).getAttribute("value"),
                    "the name the steward gave is filled in");
            browser.screenshot("invitation-accept");
            browser.find(By.id("accept:password")).sendKeys("rosa-reads-the-rules");
            browser.find(By.id("accept:repeated")).sendKeys("rosa-reads-the-rules", Keys.ENTER);
            browser.waitForTitle("Moderators Europe");
            browser.waitForMessage("Welcome to Moderators Europe.");
            assertTrue(browser.find(By.id("my-standing")).getText().toLowerCase(java.util.Locale.ROOT)
                    .contains("active"), browser.find(By.id("my-standing")).getText());
            browser.signOut();

            browser.go(linkIn(SAMI));
            browser.waitForTitle("Your invitation");
            browser.find(By.id("accept:displayName")).clear();
            browser.find(By.id("accept:displayName")).sendKeys("Sami S.");
            browser.find(By.id("accept:password")).sendKeys("sami-keeps-time");
            browser.find(By.id("accept:repeated")).sendKeys("sami-keeps-time", Keys.ENTER);
            browser.waitForTitle("Moderators Europe");
            assertTrue(browser.find(By.id("my-standing")).getText().toLowerCase(java.util.Locale.ROOT)
                    .contains("active"));
            browser.signOut();

            browser.go(rosaLink);
            assertTrue(browser.find(By.id("refusal")).getText().contains("used already"),
                    browser.find(By.id("refusal")).getText());

            browser.go("/login.xhtml");
            browser.find(By.id("signIn:email")).sendKeys(SAMI);
            browser.find(By.id("signIn:password")).sendKeys("sami-keeps-time", Keys.ENTER);
            browser.waitForTitle("My dashboard");
            browser.signOut();

            browser.signIn(STEWARD);
            browser.go("/steward/invitations.xhtml?chapter=moderators-europe");
            String after = browser.find(By.id("pending")).getText();
            assertTrue(!after.contains(ROSA) && !after.contains(SAMI), after);
        }
    }

    @Test
    void aFormWithAFileLargerThanPagesTakeIsRefusedBeforeItIsRead() throws Exception {
        String boundary = "unionhall-test-boundary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"big.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n" + "Someone,someone@example.org\n".repeat(60_000) + "\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        URI page = base.toURI().resolve("login.xhtml");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", page.getScheme() + "://" + page.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("larger than 1 MB"), answer.body());
    }

    /** A file to upload, written as the given encoding. */
    private static String file(String name, String text, Charset encoding) throws IOException {
        Path file = Files.createTempFile(name, ".csv");
        file.toFile().deleteOnExit();
        Files.write(file, text.getBytes(encoding));
        return file.toString();
    }

    private static String linkIn(String address) {
        Matcher link = LINK.matcher(MailServer.text(mail.await(address, SUBJECT)));
        assertTrue(link.find(), "the mail to " + address + " holds the link");
        return link.group(1);
    }
}
