package org.unionhall.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.unionhall.crypto.record.Json;

/**
 * A member's own data page in a real Chromium: Marta sees what is held about her (her pending
 * join request with its note, and that a steward looked at her on the member roll), exports it
 * (the zip lands in the browser's downloads and opens with java.util.zip), then erases her
 * account after entering her password again, and can no longer sign in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MyDataIT {
    private static final String MEMBER = "marta@unionhall.example";
    /** Steward of Moderators Americas, Marta's chapter. */
    private static final String STEWARD = "diego@unionhall.example";

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
    void aMemberSeesExportsAndErasesTheirDataAndCanNoLongerSignIn() throws Exception {
        try (Browser steward = Browser.open(base)) {
            steward.signIn(STEWARD);
            steward.go("/steward/members.xhtml?chapter=moderators-americas");
            steward.waitForTitle("Manage members");
            steward.find(By.xpath("//td[contains(., 'Marta Nowak')]"));
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn(MEMBER);
            browser.find(By.linkText("My data")).click();
            browser.waitForTitle("My data");
            assertEquals("Marta Nowak", browser.find(By.id("displayName")).getText());
            assertEquals(MEMBER, browser.find(By.id("email")).getText());
            String memberId = browser.find(By.id("memberId")).getText();
            assertTrue(browser.find(By.id("joinRequests")).getText().contains("Makers & Crafters"),
                    browser.find(By.id("joinRequests")).getText());
            String accesses = browser.find(By.id("accessList")).getText();
            assertTrue(accesses.contains("Diego Hernández") && accesses.contains("stewards' member roll"), accesses);
            browser.screenshot("my-data");

            browser.find(By.id("exportForm:exportPassword")).sendKeys(Browser.DEMO_PASSWORD);
            browser.find(By.id("exportForm:exportButton")).click();
            Path zip = downloaded(browser);
            Map<String, String> files = unzip(zip);
            assertEquals(java.util.Set.of("my-data.json", "my-data.html"), files.keySet());
            Map<?, ?> json = (Map<?, ?>) Json.parse(files.get("my-data.json"));
            assertEquals("unionhall-my-data/1", json.get("format"));
            assertEquals(MEMBER, ((Map<?, ?>) json.get("profile")).get("email"));
            assertEquals(memberId, ((Map<?, ?>) json.get("profile")).get("memberId"));
            assertTrue(files.get("my-data.html").contains("Marta Nowak"));

            browser.go("/mydata/index.xhtml");
            browser.waitForTitle("My data");
            assertTrue(browser.find(By.id("accessList")).getText().contains("you exported"),
                    browser.find(By.id("accessList")).getText());
            browser.find(By.id("eraseForm:erasePassword")).sendKeys("not my password");
            browser.find(By.id("eraseForm:understood")).click();
            browser.find(By.id("eraseForm:eraseButton")).click();
            assertTrue(browser.waitForMessage("password is not right").contains("nothing was erased"));
            assertTrue(browser.find(By.id("displayName")).getText().equals("Marta Nowak"), "nothing was erased");
            if (!browser.find(By.id("eraseForm:understood")).isSelected()) {
                browser.find(By.id("eraseForm:understood")).click();
            }
            browser.find(By.id("eraseForm:erasePassword")).sendKeys(Browser.DEMO_PASSWORD);
            browser.find(By.id("eraseForm:eraseButton")).click();
            browser.waitForTitle("Sign in");
            assertTrue(browser.find(By.id("erased")).getText().contains("Your account is erased"));

            browser.driver().findElement(By.id("signIn:email")).sendKeys(MEMBER);
            browser.driver().findElement(By.id("signIn:password")).sendKeys(Browser.DEMO_PASSWORD, Keys.ENTER);
            assertTrue(browser.waitForMessage("not right").contains("The e-mail address or the password is not right."));
            browser.waitForTitle("Sign in");
        }
    }

    /** Waits until the browser has finished downloading the export into the folder. */
    private static Path downloaded(Browser browser) throws InterruptedException {
        Path folder = browser.downloads();
        Path zip = folder.resolve("my-data.zip");
        long until = System.nanoTime() + Browser.PATIENCE.toNanos();
        while (!Files.isRegularFile(zip) || Files.exists(folder.resolve("my-data.zip.crdownload"))) {
            if (System.nanoTime() > until) {
                throw new AssertionError("No my-data.zip was downloaded into " + folder + "; the page shows: "
                        + browser.driver().findElement(By.tagName("main")).getText());
            }
            Thread.sleep(100);
        }
        return zip;
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                files.put(e.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
