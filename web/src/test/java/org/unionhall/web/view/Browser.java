package org.unionhall.web.view;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by Selenium, pointed at a deployed Unionhall. The binaries come
 * from {@code UNIONHALL_CHROMIUM} and {@code UNIONHALL_CHROMEDRIVER} (Debian's paths by default);
 * when either is missing the test fails and says how to get them, it never skips.
 */
final class Browser implements AutoCloseable {

    static final String DEMO_PASSWORD = "union-demo-2026";

    /** How long to wait for a page or an answer: generous, as the test machine is often busy. */
    static final Duration PATIENCE = Duration.ofSeconds(40);

    /** axe-core, installed with the booth's JavaScript (web/src/main/frontend/package.json). */
    private static final Path AXE = Path.of("src/main/frontend/node_modules/axe-core/axe.min.js");
    /** The rules checked: WCAG 2.1 levels A and AA. */
    private static final String AXE_RUN = "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            + " resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ' (' + v.help + ') at '"
            + " + v.nodes.map(n => n.target.join(' ')).join(', '))))"
            + ".catch(e => done(['axe could not run: ' + e]));";

    private final ChromeDriverService service;
    private final WebDriver driver;
    private final Path profile;
    private final String base;
    private final java.util.Set<String> violations = new java.util.LinkedHashSet<>();

    private Browser(ChromeDriverService service, WebDriver driver, Path profile, String base) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Starts Chromium with a fresh profile; {@code base} is the deployment's URL. */
    static Browser open(URL base) {
        if (!Files.isRegularFile(AXE)) {
            throw new IllegalStateException(AXE.toAbsolutePath() + " is missing: the build installs axe-core with the "
                    + "booth's packages (npm ci in web/src/main/frontend)");
        }
        File chromium = binary("UNIONHALL_CHROMIUM", "/usr/bin/chromium");
        File chromedriver = binary("UNIONHALL_CHROMEDRIVER", "/usr/bin/chromedriver");
        try {
            Path profile = Files.createTempDirectory("unionhall-chromium-");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,800", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                    "downloadPath", downloads.toString(), "eventsEnabled", false));
            String root = base.toExternalForm();
            return new Browser(service, driver, profile, root.endsWith("/") ? root.substring(0, root.length() - 1) : root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File binary(String variable, String fallback) {
        String configured = System.getenv(variable);
        File file = new File(configured == null || configured.isBlank() ? fallback : configured);
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " (" + variable + ") is missing: browser tests need Chromium and "
                    + "ChromeDriver. Run them with ./unionhall test, which installs both.");
        }
        return file;
    }

    /** The folder files downloaded by this browser land in. */
    Path downloads() {
        return profile.resolve("downloads");
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page by its path, e.g. {@code /index.xhtml}. */
    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the sign-in page as a demo account and waits for the dashboard. */
    Browser signIn(String email) {
        go("/login.xhtml");
        driver.findElement(By.id("signIn:email")).sendKeys(email);
        driver.findElement(By.id("signIn:password")).sendKeys(DEMO_PASSWORD, Keys.ENTER);
        waitForTitle("My dashboard");
        return this;
    }

    /** Signs out with the banner's button on the dashboard. */
    Browser signOut() {
        go("/index.xhtml");
        find(By.id("signOutButton")).click();
        waitForTitle("Sign in");
        return this;
    }

    /** Waits for a page whose title holds the given words; a timeout names the page shown instead. */
    void waitForTitle(String words) {
        try {
            new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.titleContains(words));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected the page \"" + words + "\" but " + driver.getCurrentUrl()
                    + " shows: " + driver.findElement(By.tagName("main")).getText(), e);
        }
        checkAccessibility();
    }

    /** Waits until the page's messages (p:messages) show the given text and returns all of them. */
    String waitForMessage(String text) {
        String messages;
        try {
            // The messages are replaced by every AJAX answer: read them again if one came between.
            messages = new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                    .ignoring(WebDriverException.class).until(d -> {
                        String shown = d.findElement(By.id("messages")).getText();
                        return shown.contains(text) ? shown : null;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError("Expected a message with \"" + text + "\" but " + driver.getCurrentUrl()
                    + " shows: " + driver.findElement(By.tagName("main")).getText(), e);
        }
        checkAccessibility();
        return messages;
    }

    /**
     * Checks the page as it stands now with axe-core against WCAG 2.1 A and AA. Every page state
     * a browser waits for (a title, a message) is checked so; {@link #close()} fails the test with
     * every violation found, naming the page and the elements.
     */
    void checkAccessibility() {
        try {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            if (Boolean.FALSE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
                js.executeScript(Files.readString(AXE));
            }
            Object found = js.executeAsyncScript(AXE_RUN);
            String page = driver.getCurrentUrl().replaceFirst("\\?.*", "") + " (" + driver.getTitle() + ")";
            for (Object violation : (java.util.List<?>) found) {
                violations.add(page + ": " + violation);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves a picture of the whole page as {@code NAME.png} for the user guide, when the system
     * property {@code unionhall.screenshots} names a folder (see docs/screenshots.sh); otherwise
     * does nothing.
     */
    void screenshot(String name) {
        String folder = System.getProperty("unionhall.screenshots", "");
        if (folder.isBlank()) {
            return;
        }
        fitWindowToPage();
        script("window.scrollTo(0, 0);");
        try {
            save(folder, name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    /**
     * Saves a picture of one part of the page, like {@link #screenshot(String)}: for a part too far
     * down a long page to be in a picture of the whole. The window is made as tall as the page (at
     * most 2400 pixels) meanwhile, as Chromium cuts a part off where the window ends.
     */
    void screenshot(String name, By part) {
        String folder = System.getProperty("unionhall.screenshots", "");
        if (folder.isBlank()) {
            return;
        }
        fitWindowToPage();
        try {
            save(folder, name, find(part).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    /**
     * How many pixels the page as it stands spills over the side of a phone's 390-pixel-wide
     * screen (0 when it fits: wide tables may scroll inside their own box, the page may not). The
     * window is put back to 1280 pixels after.
     */
    int overflowOnPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            Object overflow = script("const root = document.documentElement;"
                    + "return Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth;");
            return ((Number) overflow).intValue();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    /** Makes the window as tall as the page, from 800 to 2400 pixels, for a picture; put back to 800 after. */
    private void fitWindowToPage() {
        Object height = script("return document.documentElement.scrollHeight;");
        int h = Math.min(2400, Math.max(800, ((Number) height).intValue()));
        driver.manage().window().setSize(new Dimension(1280, h));
    }

    private static void save(String folder, String name, byte[] png) {
        try {
            Path target = Path.of(folder).resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The elements found now, without waiting: empty when there is none. */
    java.util.List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The address the browser shows. */
    String currentUrl() {
        return driver.getCurrentUrl();
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
            if (!violations.isEmpty()) {
                throw new AssertionError(violations.size() + " accessibility violation(s) (axe-core, WCAG 2.1 AA):\n"
                        + String.join("\n", violations));
            }
        } finally {
            service.stop();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
