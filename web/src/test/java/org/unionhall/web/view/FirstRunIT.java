package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.unionhall.web.it.Deployments;

/**
 * A new installation, as {@code ./unionhall start} leaves it (no demo data), in a real headless
 * Chromium: the operator reads the one-time setup link the server printed on its console, a
 * forged link opens nothing, a refused field founds nothing and keeps the link, the founding
 * signs the new steward in on their union's page (with the banner asking them to turn on
 * two-factor sign-in before acting as steward), the link then says the installation is set up,
 * and the steward signs in again with the password they chose.
 */
@ExtendWith({ServerConsole.class, ArquillianExtension.class})
@RunAsClient
class FirstRunIT {
    private static final Pattern SETUP_LINK = Pattern.compile("/setup\\?token=([A-Za-z0-9_-]{43})");
    private static final String EMAIL = "ines.ramos@example.org";
    private static final String PASSWORD = "tram 28 to graça at dawn";

    @ArquillianResource
    private URL base;

    /**
     * The real WAR with one setting staged for this test: no demo data, whatever the environment
     * of the other integration tests says (a properties file above the environment's ordinal).
     */
    @Deployment(testable = false)
    static WebArchive unionhall() {
        return Deployments.unionhall().addAsLibrary(ShrinkWrap.create(JavaArchive.class, "no-demo-data.jar")
                .addAsManifestResource(new StringAsset("config_ordinal=500\nunionhall.demo=false\n"),
                        "microprofile-config.properties"));
    }

    @Test
    void theOperatorFoundsTheUnionWithThePrintedLinkAndSignsInAsItsSteward() throws Exception {
        String path = printedSetupLink();

        try (Browser browser = Browser.open(base)) {
            browser.go("/setup?token=" + "A".repeat(43));
            assertTrue(browser.find(By.id("refusal")).getText().contains("This setup link is not valid."),
                    browser.find(By.tagName("main")).getText());
            browser.go("/setup");
            assertTrue(browser.find(By.id("refusal")).getText().contains("not valid"));

            browser.go(path);
            browser.waitForTitle("Set up Unionhall");
            fill(browser, "Couriers Union!", PASSWORD);
            String refused = browser.waitForMessage("short name");
            assertTrue(refused.contains("The union's short name may hold only lower-case letters, digits and single hyphens."),
                    refused);

            browser.go(path);
            assertTrue(browser.driver().findElements(By.id("refusal")).isEmpty(), "the link still works after a refusal");
            browser.screenshot("setup-page");
            fill(browser, "couriers", PASSWORD);
            browser.waitForTitle("Couriers' Union");
            String union = browser.find(By.tagName("main")).getText();
            assertTrue(union.contains("Part of the federation Platform Workers' Federation."), union);
            assertTrue(union.contains("You are a member of this union."), union);
            assertTrue(browser.find(By.id("twoFactorBanner")).getText().contains("You hold a mandate as steward"),
                    "the founder is the union's steward, told to turn on two-factor sign-in before acting as one");
            assertTrue(browser.driver().findElements(By.id("steward-tools")).isEmpty(),
                    "no steward tools until a code is given (officers need it outside the demo)");
            assertTrue(union.contains("Couriers Lisbon"), union);
            browser.screenshot("setup-founded");

            browser.go(path);
            assertTrue(browser.find(By.id("refusal")).getText().contains("This installation is already set up."));
            browser.screenshot("setup-already-done");

            browser.signOut();
            browser.go("/login.xhtml");
            browser.find(By.id("signIn:email")).sendKeys(EMAIL);
            browser.driver().findElement(By.id("signIn:password")).sendKeys(PASSWORD, Keys.ENTER);
            browser.waitForTitle("My dashboard");
            assertTrue(browser.find(By.tagName("main")).getText().contains("Couriers' Union"));
        }
        assertEquals(1, setupLinksPrinted(), "a link is printed once, at the start");
    }

    private static void fill(Browser browser, String unionSlug, String password) {
        type(browser, "setup:federationName", "Platform Workers' Federation");
        type(browser, "setup:unionName", "Couriers' Union");
        type(browser, "setup:unionSlug", unionSlug);
        type(browser, "setup:chapterName", "Couriers Lisbon");
        type(browser, "setup:stewardName", "Inês Ramos");
        type(browser, "setup:stewardEmail", EMAIL);
        type(browser, "setup:password", password);
        type(browser, "setup:passwordAgain", password);
        browser.driver().findElement(By.id("setup:found")).click();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The path of the setup link the server printed while it started. */
    private static String printedSetupLink() {
        List<String> lines = ServerConsole.lines();
        for (String line : lines) {
            Matcher link = SETUP_LINK.matcher(line);
            if (link.find()) {
                return link.group();
            }
        }
        throw new AssertionError("The server printed no setup link; its console said:\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size())));
    }

    private static long setupLinksPrinted() {
        return ServerConsole.lines().stream().filter(l -> SETUP_LINK.matcher(l).find()).count();
    }
}
