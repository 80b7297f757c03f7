package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.unionhall.domain.account.Base32;
import org.unionhall.domain.account.Totp;
import org.unionhall.web.it.Api;
import org.unionhall.web.it.Deployments;

/**
 * Two-factor sign-in in a real headless Chromium, on an installation where officers need it
 * ({@code unionhall.officers-need-two-factor=true} over the demo data): a steward without it is
 * refused on a steward page with a sentence saying what to do and sees the banner on every page;
 * they turn it on from the banner's link with a code computed from the key the page shows (beside
 * its QR code), get ten recovery codes, and then act as steward; signing in again asks for the
 * code after the password, and a recovery code works once; they make ten new recovery codes with
 * their password and one of the old ones, after which an old one no longer signs in and a new one
 * does. Over the API, a password
 * alone answers 202 and the code finishes the sign-in; HTTP Basic is refused for the account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorIT {
    /** Steward of Moderators Europe, where Olu Adeyemi's join request waits. */
    private static final String STEWARD = "jonas@unionhall.example";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive unionhall() {
        return Deployments.unionhallWith("unionhall.officers-need-two-factor=true\n");
    }

    @Test
    void aStewardIsRefusedUntilTheyTurnOnTwoFactorSignInThenSignsInWithACodeAndARecoveryCodeAndMakesNewOnes() throws Exception {
        byte[] secret;
        List<String> recoveryCodes;
        List<String> newCodes;
        try (Browser browser = Browser.open(base)) {
            browser.signIn(STEWARD);
            WebElement banner = browser.find(By.id("twoFactorBanner"));
            assertTrue(banner.getText().contains("You hold a mandate as steward"), banner.getText());
            browser.screenshot("two-factor-banner");

            browser.go("/steward/join-requests.xhtml?chapter=moderators-europe");
            browser.waitForTitle("You do not have access to this page");
            assertTrue(browser.find(By.id("explanation")).getText().startsWith(
                    "Turn on two-factor sign-in in your account settings before acting as steward."),
                    browser.find(By.id("explanation")).getText());

            browser.go("/index.xhtml");
            browser.find(By.id("turnOnTwoFactor")).click();
            browser.waitForTitle("Your account");
            browser.find(By.id("begin:begin")).click();
            String key = browser.find(By.id("secret")).getText();
            assertTrue(key.matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}"), key);
            assertFalse(browser.driver().findElements(By.cssSelector("#qr svg path")).isEmpty(),
                    "the page shows the QR code");
            browser.screenshot("two-factor-setup", By.cssSelector("section[aria-labelledby='twoFactorHeading']"));
            secret = Base32.decode(key);
            browser.find(By.id("confirm:code")).sendKeys(Totp.code(secret, Totp.stepAt(Instant.now())), Keys.ENTER);
            browser.waitForMessage("Two-factor sign-in is on.");
            recoveryCodes = browser.driver().findElements(By.cssSelector("#recoveryCodes li")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(10, recoveryCodes.size(), recoveryCodes.toString());
            assertTrue(recoveryCodes.stream().allMatch(c -> c.matches("[a-z2-7]{5}-[a-z2-7]{5}")), recoveryCodes.toString());
            browser.screenshot("two-factor-recovery-codes",
                    By.cssSelector("section[aria-labelledby='twoFactorHeading']"));

            browser.go("/steward/join-requests.xhtml?chapter=moderators-europe");
            browser.waitForTitle("Join requests for Moderators Europe");
            assertTrue(browser.driver().findElements(By.id("twoFactorBanner")).isEmpty(), "no banner any more");
            browser.signOut();

            signInWithPassword(browser);
            browser.waitForTitle("Your sign-in code");
            browser.screenshot("two-factor-sign-in");
            typeCode(browser, "000000".equals(next(secret)) ? "111111" : "000000", Keys.ENTER);
            browser.waitForMessage("The code is not right.");
            typeCode(browser, next(secret), Keys.ENTER);
            browser.waitForTitle("My dashboard");
            browser.go("/steward/join-requests.xhtml?chapter=moderators-europe");
            browser.waitForTitle("Join requests for Moderators Europe");

            browser.go("/account/settings.xhtml");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#sessionTable tbody tr"));
            assertFalse(rows.isEmpty());
            assertTrue(rows.stream().anyMatch(r -> r.getText().contains("(this one)")
                    && r.getText().contains("yes")), rows.get(0).getText());
            browser.screenshot("sessions", By.cssSelector("section[aria-labelledby='sessionsHeading']"));
            browser.signOut();

            signInWithPassword(browser);
            browser.waitForTitle("Your sign-in code");
            typeCode(browser, recoveryCodes.get(0), Keys.ENTER);
            browser.waitForTitle("My dashboard");
            assertTrue(browser.waitForMessage("recovery code").contains("9 are left"));
            browser.signOut();

            signInWithPassword(browser);
            browser.waitForTitle("Your sign-in code");
            typeCode(browser, recoveryCodes.get(0), Keys.ENTER);
            browser.waitForMessage("The code is not right.");
            typeCode(browser, recoveryCodes.get(1), Keys.ENTER);
            browser.waitForTitle("My dashboard");

            browser.go("/account/settings.xhtml");
            assertTrue(browser.find(By.id("twoFactorState")).getText().contains("8 recovery codes are left"),
                    browser.find(By.id("twoFactorState")).getText());
            browser.find(By.id("renew:password")).sendKeys(Browser.DEMO_PASSWORD);
            browser.find(By.id("renew:code")).sendKeys(recoveryCodes.get(2));
            browser.find(By.id("renew:makeCodes")).click();
            browser.waitForMessage("New recovery codes were made.");
            newCodes = browser.driver().findElements(By.cssSelector("#recoveryCodes li")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(10, newCodes.size(), newCodes.toString());
            assertTrue(newCodes.stream().noneMatch(recoveryCodes::contains), newCodes.toString());
            assertTrue(browser.find(By.id("twoFactorState")).getText().contains("10 recovery codes are left"),
                    browser.find(By.id("twoFactorState")).getText());
            browser.screenshot("two-factor-new-codes", By.cssSelector("section[aria-labelledby='twoFactorHeading']"));
            browser.signOut();

            signInWithPassword(browser);
            browser.waitForTitle("Your sign-in code");
            typeCode(browser, recoveryCodes.get(3), Keys.ENTER);
            browser.waitForMessage("The code is not right.");
            typeCode(browser, newCodes.get(0), Keys.ENTER);
            browser.waitForTitle("My dashboard");
            assertTrue(browser.waitForMessage("recovery code").contains("9 are left"));
        }

        Api api = new Api(base);
        api.demo(STEWARD).get("api/v1/me").problem(401);
        Api.Answer password = api.anonymous().post("api/v1/session", "{\"email\":\"" + STEWARD + "\",\"password\":\""
                + Api.DEMO_PASSWORD + "\"}").expect(202);
        assertTrue(password.json().getBoolean("codeRequired"));
        String pending = cookie(password, "UNIONHALL_PENDING").orElseThrow();
        Api.Answer signedIn = api.anonymous().send(api.anonymous().request("api/v1/session/code")
                .header("Content-Type", "application/json").header("Origin", api.origin())
                .header("Cookie", "UNIONHALL_PENDING=" + pending)
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + newCodes.get(1) + "\"}")).build())
                .expect(204);
        Api.Caller session = api.withSessionCookie(Api.sessionCookie(signedIn.headers()).orElseThrow());
        assertTrue(session.get("api/v1/me/two-factor").expect(200).json().getBoolean("thisSessionGaveCode"));
        assertEquals(0, session.get("api/v1/me/two-factor").json().getJsonArray("waitingRoles").size());
    }

    private static void typeCode(Browser browser, CharSequence... keys) {
        WebElement field = browser.find(By.id("signInCode:code"));
        assertEquals("", field.getAttribute("value"), "a code typed before is not shown again");
        field.sendKeys(keys);
    }

    private static void signInWithPassword(Browser browser) {
        browser.go("/login.xhtml");
        browser.find(By.id("signIn:email")).sendKeys(STEWARD);
        browser.find(By.id("signIn:password")).sendKeys(Browser.DEMO_PASSWORD, Keys.ENTER);
    }

    /** The app's code for the next step: the current one may have been used already. */
    private static String next(byte[] secret) {
        return Totp.code(secret, Totp.stepAt(Instant.now()) + 1);
    }

    private static Optional<String> cookie(Api.Answer answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).filter(v -> !v.isEmpty()).findFirst();
    }
}
