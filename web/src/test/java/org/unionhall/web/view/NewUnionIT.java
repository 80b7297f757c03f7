package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.unionhall.crypto.verify.VerificationReport;
import org.unionhall.domain.account.Base32;
import org.unionhall.domain.account.Totp;
import org.unionhall.web.it.Api;
import org.unionhall.web.it.MailServer;
import org.unionhall.web.it.Members;
import org.unionhall.web.process.Installation;
import org.unionhall.web.process.SecretBallot;
import org.unionhall.web.process.ServerProcess;

/**
 * A union from installation to erasure, as its people meet it: a new installation started as
 * {@code ./unionhall start} starts it (no demo data, the embedded database), a real SMTP server
 * and a real Chromium. The operator opens the setup link the console printed and founds the
 * union, its first chapter and its steward's account; the steward, refused as steward until she
 * turns on two-factor sign-in, turns it on and invites two people, who join
 * from the links in their mail; one of them resets a forgotten password; a third person signs up
 * from the union's public page and the steward admits him; all of them vote in a secret ballot;
 * then one member exports her data and erases it, and the election's record still verifies and
 * no longer names her.
 */
class NewUnionIT {
    private static final Pattern SETUP = Pattern.compile("http://localhost:\\d+(/setup\\?token=[A-Za-z0-9_-]{43})");
    private static final String LINK = Pattern.quote(MailServer.PUBLIC_URL) + "(/[^\\s]+)";
    private static final String STEWARD = "ines.ramos@couriers.example";
    private static final String ROSA = "rosa.rivera@couriers.example";
    private static final String SAMI = "sami.salo@couriers.example";
    private static final String TOMAS = "tomas.vidal@couriers.example";
    private static final Map<String, String> EMAILS = Map.of("ines", STEWARD, "rosa", ROSA, "sami", SAMI,
            "tomas", TOMAS);
    private static final Map<String, String> PASSWORDS = Map.of("ines", "tram 28 to graca at dawn",
            "rosa", "rosa rides the night shift", "sami", "sami found a new password", "tomas", "tomas signs up today");

    /** The authenticator app on Inês's phone, once she has set it up. */
    private static final Authenticator INES_PHONE = new Authenticator();

    @TempDir
    Path dir;

    @Test
    void aUnionIsFoundedFilledAndVotesAndAMemberErasesHerDataWhileTheElectionStillVerifies() throws Exception {
        try (MailServer mail = MailServer.start()) {
            Installation installation = Installation.h2(dir.resolve("couriers"));
            try (ServerProcess server = installation.startWithoutDemo(mail.environment());
                 Browser browser = Browser.open(server.url())) {
                found(browser, setupLink(installation));
                turnOnTwoFactor(browser);
                invite(browser, mail);
                resetForgottenPassword(browser, mail, "sami");
                signUp(browser, mail);

                Members members = new Members(new Api(server.url()), EMAILS::get, PASSWORDS::get,
                        handle -> INES_PHONE.code());
                SecretBallot ballot = SecretBallot.opened(members, "couriers", "ines", List.of("ines"),
                        "Fund a legal help desk", List.of("ines", "rosa", "sami", "tomas"));
                for (String voter : List.of("ines", "rosa", "sami", "tomas")) {
                    ballot.cast(voter, ballot.ballot(voter, voter.equals("sami") ? 1 : 0)).expect(201);
                }
                ballot.closeAndDecrypt();
                VerificationReport before = SecretBallot.verifyRecord(members, "ines", ballot.id,
                        dir.resolve("record-before"), List.of());
                assertTrue(before.passed(), "the record verifies: " + before);
                String rosasId = members.idOf("rosa");

                exportAndErase(browser, "rosa");

                VerificationReport after = SecretBallot.verifyRecord(members, "ines", ballot.id,
                        dir.resolve("record-after"), List.of());
                assertTrue(after.passed(), "the record still verifies after Rosa's erasure: " + after);
                assertEquals(before.facts(), after.facts(), "the same election, tally and result");
                try (Stream<Path> files = Files.walk(dir.resolve("record-after"))) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String text = Files.readString(file);
                        for (String trace : List.of("Rosa Rivera", ROSA, rosasId)) {
                            assertFalse(text.contains(trace), file.getFileName() + " names Rosa: " + trace);
                        }
                    }
                }
            }
        }
    }

    /** The operator opens the printed link and founds the federation, the union, its chapter and its steward. */
    private static void found(Browser browser, String setupPath) {
        browser.go(setupPath);
        browser.waitForTitle("Set up Unionhall");
        type(browser, "setup:federationName", "Platform Workers' Federation");
        type(browser, "setup:unionName", "Couriers' Union");
        type(browser, "setup:unionSlug", "couriers");
        type(browser, "setup:chapterName", "Couriers Lisbon");
        type(browser, "setup:stewardName", "Inês Ramos");
        type(browser, "setup:stewardEmail", STEWARD);
        type(browser, "setup:password", PASSWORDS.get("ines"));
        type(browser, "setup:passwordAgain", PASSWORDS.get("ines"));
        browser.driver().findElement(By.id("setup:found")).click();
        browser.waitForTitle("Couriers' Union");
    }

    /**
     * Outside the demo a steward acts as steward only from a session that gave a second factor:
     * refused first, Inês turns two-factor sign-in on with her phone's code, and is let in.
     */
    private static void turnOnTwoFactor(Browser browser) {
        assertTrue(browser.find(By.id("twoFactorBanner")).getText().contains("You hold a mandate as steward"));
        browser.go("/steward/join-requests.xhtml?chapter=couriers-lisbon");
        browser.waitForTitle("You do not have access to this page");
        assertTrue(browser.find(By.id("explanation")).getText().startsWith(
                "Turn on two-factor sign-in in your account settings before acting as steward."));
        browser.go("/index.xhtml");
        browser.find(By.id("turnOnTwoFactor")).click();
        browser.waitForTitle("Your account");
        browser.find(By.id("begin:begin")).click();
        INES_PHONE.secret = Base32.decode(browser.find(By.id("secret")).getText());
        browser.find(By.id("confirm:code")).sendKeys(INES_PHONE.code(), Keys.ENTER);
        browser.waitForMessage("Two-factor sign-in is on.");
        browser.go("/steward/join-requests.xhtml?chapter=couriers-lisbon");
        browser.waitForTitle("Join requests for Couriers Lisbon");
    }

    /** The steward invites Rosa and Sami to the chapter; each joins from the link in her or his mail. */
    private static void invite(Browser browser, MailServer mail) {
        browser.go("/chapter/view.xhtml?chapter=couriers-lisbon");
        browser.find(By.id("invitations")).click();
        browser.waitForTitle("Invitations to Couriers Lisbon");
        browser.find(By.id("typed:people")).sendKeys("Rosa Rivera, " + ROSA + "\nSami Salo, " + SAMI);
        browser.find(By.id("typed:check")).click();
        browser.waitForTitle("Invitations to Couriers Lisbon");
        assertEquals("2 of 2 can be invited.", browser.find(By.id("summary")).getText().split(" The rows")[0]);
        browser.find(By.id("confirm:send")).click();
        browser.waitForMessage("2 invitations were sent.");
        browser.signOut();
        for (String handle : List.of("rosa", "sami")) {
            String text = MailServer.text(mail.await(EMAILS.get(handle),
                    "Unionhall: Inês Ramos invites you to join Couriers Lisbon"));
            browser.go(link(text, "/invitation/accept"));
            browser.waitForTitle("Your invitation");
            browser.find(By.id("accept:password")).sendKeys(PASSWORDS.get(handle));
            browser.find(By.id("accept:repeated")).sendKeys(PASSWORDS.get(handle), Keys.ENTER);
            browser.waitForTitle("Couriers Lisbon");
            assertTrue(browser.find(By.id("my-standing")).getText().toLowerCase(Locale.ROOT).contains("active"));
            browser.signOut();
        }
    }

    /** A member who forgot the password chooses a new one from the mailed link and signs in with it. */
    private static void resetForgottenPassword(Browser browser, MailServer mail, String handle) {
        String email = EMAILS.get(handle);
        browser.go("/login.xhtml");
        browser.find(By.id("forgot")).click();
        browser.waitForTitle("Forgot your password?");
        browser.find(By.id("forgot:email")).sendKeys(email, Keys.ENTER);
        browser.find(By.id("sent"));
        String text = MailServer.text(mail.await(email, "Unionhall: reset your password"));
        browser.go(link(text, "/password/reset"));
        browser.waitForTitle("Choose a new password");
        String chosen = PASSWORDS.get(handle);
        browser.find(By.id("reset:password")).sendKeys(chosen);
        browser.find(By.id("reset:repeated")).sendKeys(chosen, Keys.ENTER);
        assertTrue(browser.find(By.id("done")).getText().startsWith("Your password was set"));
        signIn(browser, handle);
        browser.signOut();
    }

    /** Tomás signs up from the union's public page, confirms his address, and the steward admits him. */
    private static void signUp(Browser browser, MailServer mail) {
        browser.go("/public/union.xhtml?union=couriers");
        browser.find(By.id("signUpLink")).click();
        browser.waitForTitle("Join Couriers' Union");
        new Select(browser.find(By.id("signUp:chapter"))).selectByVisibleText("Couriers Lisbon");
        browser.find(By.id("signUp:name")).sendKeys("Tomás Vidal");
        browser.find(By.id("signUp:email")).sendKeys(TOMAS);
        browser.find(By.id("signUp:password")).sendKeys(PASSWORDS.get("tomas"));
        browser.find(By.id("signUp:repeated")).sendKeys(PASSWORDS.get("tomas"));
        browser.find(By.id("signUp:note")).sendKeys("I deliver by bike in Alfama.");
        browser.find(By.id("signUp:submit")).click();
        assertTrue(browser.find(By.id("sent")).getText().startsWith("Check your mail"));

        String text = MailServer.text(mail.await(TOMAS,
                "Unionhall: confirm your e-mail address to join Couriers' Union"));
        browser.go(link(text, "/signup/confirm"));
        browser.waitForTitle("Confirm your sign-up");
        browser.find(By.id("confirm:submit")).click();
        assertTrue(browser.find(By.id("done")).getText().startsWith("Your account is made"));

        signIn(browser, "ines");
        browser.go("/steward/join-requests.xhtml?chapter=couriers-lisbon");
        browser.find(By.cssSelector("button[aria-label='Admit Tomás Vidal']")).click();
        browser.waitForMessage("Tomás Vidal is now a member of Couriers Lisbon");
        browser.signOut();
        signIn(browser, "tomas");
        assertTrue(browser.find(By.tagName("main")).getText().contains("Couriers Lisbon"));
        browser.signOut();
    }

    /** The member exports her data, then erases her account, and can no longer sign in. */
    private static void exportAndErase(Browser browser, String handle) {
        signIn(browser, handle);
        browser.find(By.linkText("My data")).click();
        browser.waitForTitle("My data");
        browser.find(By.id("exportForm:exportPassword")).sendKeys(PASSWORDS.get(handle));
        browser.find(By.id("exportForm:exportButton")).click();
        browser.go("/mydata/index.xhtml");
        browser.waitForTitle("My data");
        assertTrue(browser.find(By.id("accessList")).getText().contains("you exported"));
        browser.find(By.id("eraseForm:understood")).click();
        browser.find(By.id("eraseForm:erasePassword")).sendKeys(PASSWORDS.get(handle));
        browser.find(By.id("eraseForm:eraseButton")).click();
        browser.waitForTitle("Sign in");
        assertTrue(browser.find(By.id("erased")).getText().contains("Your account is erased"));
    }

    private static void signIn(Browser browser, String handle) {
        browser.go("/login.xhtml");
        browser.find(By.id("signIn:email")).sendKeys(EMAILS.get(handle));
        browser.find(By.id("signIn:password")).sendKeys(PASSWORDS.get(handle), Keys.ENTER);
        if (handle.equals("ines")) {
            browser.waitForTitle("Your sign-in code");
            browser.find(By.id("signInCode:code")).sendKeys(INES_PHONE.code(), Keys.ENTER);
        }
        browser.waitForTitle("My dashboard");
    }

    /**
     * An authenticator app: the code of the current 30-second step, and never a step's code twice
     * (the server refuses a code, or an older one, once used), so a second sign-in within the same
     * step takes the next step's code, which the server accepts one step early.
     */
    private static final class Authenticator {
        private byte[] secret;
        private long lastStep = -1;

        synchronized String code() {
            long step = Math.max(Totp.stepAt(Instant.now()), lastStep + 1);
            while (step > Totp.stepAt(Instant.now()) + Totp.WINDOW) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            lastStep = step;
            return Totp.code(secret, step);
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The path of the link in a mail that leads to the page. */
    private static String link(String mailText, String page) {
        Matcher m = Pattern.compile(LINK).matcher(mailText);
        while (m.find()) {
            if (m.group(1).startsWith(page)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no link to " + page + " in the mail:\n" + mailText);
    }

    /** The path of the setup link the server printed on its console while it started. */
    private static String setupLink(Installation installation) throws java.io.IOException {
        String console = Files.readString(installation.lastLog());
        Matcher link = SETUP.matcher(console);
        assertTrue(link.find(), () -> "a setup link on the console:\n" + console);
        return link.group(1);
    }
}
