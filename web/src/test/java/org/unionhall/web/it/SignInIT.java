package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionhall.web.it.Api.Answer;
import org.unionhall.web.it.Api.Caller;

/**
 * Sign-in and sessions: the sign-in page gives a session the API accepts (with a new session
 * id, an HttpOnly SameSite cookie), absent and ended sessions answer 401 on the API and lead to
 * the sign-in page on pages, refusals never tell whether an e-mail has an account, the security
 * headers are on every answer, and guessing passwords is throttled per account and per address,
 * but never for the member on a browser they signed in on before. A sign-in outlives the server's
 * own session (as when the node that held it dies) and ends everywhere at sign-out. The
 * throttling tests run last: it blocks this test's address for a while. A client that is
 * not a trusted proxy cannot escape it by naming another address in X-Forwarded-For.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInIT {
    /** How long a guesser is kept waiting before the checks that expect 429 run. */
    private static final long LONG_WAIT_SECONDS = 8;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.unionhall();
    }

    @ArquillianResource
    URL deployment;

    @Test
    @Order(1)
    void theSignInPageGivesASessionThatTheApiAccepts() {
        Api api = new Api(deployment);
        Answer loginPage = api.anonymous().get("login.xhtml").expect(200);
        String cookie = loginPage.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("UNIONHALL_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);

        Caller browser = api.signInOnPage(DemoAccounts.CHAPTER_STEWARD, Api.DEMO_PASSWORD);
        String viaSession = browser.get("api/v1/me").expect(200).json().getString("memberId");
        String viaBasic = api.demo(DemoAccounts.CHAPTER_STEWARD).get("api/v1/me").expect(200).json().getString("memberId");
        assertEquals(viaBasic, viaSession, "one identity for pages and API");
        browser.send(browser.request("index.xhtml").GET().build()).expect(200);
    }

    @Test
    @Order(2)
    void aProgramSignsInOnceAndUsesTheSessionCookie() {
        Api api = new Api(deployment);
        Answer signedIn = api.anonymous().post("api/v1/session",
                "{\"email\": \"" + DemoAccounts.PLAIN_MEMBER + "\", \"password\": \"" + Api.DEMO_PASSWORD + "\"}");
        assertEquals(204, signedIn.status(), signedIn.body());
        String session = Api.sessionCookie(signedIn.headers()).orElseThrow(() -> new AssertionError("a session cookie"));
        Caller program = api.withSessionCookie(session);
        String viaSession = program.get("api/v1/me").expect(200).json().getString("memberId");
        assertEquals(api.demo(DemoAccounts.PLAIN_MEMBER).get("api/v1/me").json().getString("memberId"), viaSession);

        program.send(program.request("api/v1/session").DELETE().build()).expect(204);
        program.get("api/v1/me").problem(401);
        api.anonymous().post("api/v1/session", "{\"email\": \"" + DemoAccounts.PLAIN_MEMBER + "\"}").problem(422);
    }

    @Test
    @Order(3)
    void everyAnswerCarriesTheSecurityHeaders() {
        Api api = new Api(deployment);
        Answer page = api.anonymous().get("login.xhtml").expect(200);
        String pagePolicy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(pagePolicy.contains("frame-ancestors 'none'"), pagePolicy);
        String scripts = pagePolicy.substring(pagePolicy.indexOf("script-src"));
        assertTrue(scripts.contains("'nonce-"), "inline scripts only with a nonce: " + pagePolicy);
        assertFalse(scripts.contains("unsafe-inline"), pagePolicy);
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "one policy, not two");
        assertFalse(java.util.regex.Pattern.compile("(src|href)=\"(https?:)?//").matcher(page.body()).find(),
                "nothing is loaded from elsewhere");

        for (Answer answer : List.of(page, api.anonymous().get("api/v1/me"),
                api.demo(DemoAccounts.PLAIN_MEMBER).get("api/v1/unions"))) {
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""), "no referrer leaves the site");
            assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        }
    }

    @Test
    @Order(4)
    void absentOrEndedSessionsAnswer401OnTheApiAndLeadToSignInOnPages() {
        Api api = new Api(deployment);
        JsonObjectAssert.unauthenticated(api.anonymous().get("api/v1/me"), "Sign in first");
        JsonObjectAssert.unauthenticated(api.withSessionCookie("0123456789abcdef").get("api/v1/me"), "session has ended");
        JsonObjectAssert.unauthenticated(api.withSessionCookie("0123456789abcdef")
                .post("api/v1/chapters/any/join-requests", "{}"), "session has ended");

        // The landing page is public (a visitor sees the unions there); every member page leads to sign-in.
        Answer page = api.anonymous().send(api.anonymous().request("union/list.xhtml").GET().build());
        assertEquals(302, page.status());
        // The sign-in page is told where the person was going, to take them there afterwards.
        assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/login.xhtml?next=%2Funion%2Flist.xhtml"),
                page.headers().firstValue("Location").orElse(""));
        Answer ended = api.withSessionCookie("0123456789abcdef").send(
                api.withSessionCookie("0123456789abcdef").request("union/list.xhtml").GET().build());
        assertEquals(302, ended.status());
        assertTrue(ended.headers().firstValue("Location").orElse("")
                .endsWith("/login.xhtml?expired=true&next=%2Funion%2Flist.xhtml"), ended.headers().firstValue("Location")
                .orElse(""));
    }

    @Test
    @Order(5)
    void aCrossSiteFormPostIsRefused() {
        Api api = new Api(deployment);
        Caller browser = api.signInOnPage(DemoAccounts.CHAPTER_STEWARD, Api.DEMO_PASSWORD);
        Answer forged = browser.send(browser.request("login.xhtml").header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signIn=signIn")).build());
        assertEquals(403, forged.status());
        Answer forgedApi = browser.send(browser.request("api/v1/chapters/moderators-europe/join-requests")
                .header("Sec-Fetch-Site", "cross-site").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        forgedApi.problem(403);
    }

    @Test
    @Order(6)
    void aRefusalNeverSaysWhetherTheEmailHasAnAccount() {
        Api api = new Api(deployment);
        Answer wrongPassword = api.basic(DemoAccounts.PLAIN_MEMBER, "not-the-password").get("api/v1/me");
        Answer unknownEmail = api.basic("nobody-here@unionhall.example", "not-the-password").get("api/v1/me");
        assertEquals(wrongPassword.problem(401).getString("detail"), unknownEmail.problem(401).getString("detail"));
        assertEquals(wrongPassword.json().getString("type"), unknownEmail.json().getString("type"));
        Answer onSession = api.anonymous().post("api/v1/session",
                "{\"email\": \"nobody-here@unionhall.example\", \"password\": \"not-the-password\"}");
        assertEquals(wrongPassword.json().getString("detail"), onSession.problem(401).getString("detail"));
    }

    @Test
    @Order(7)
    void aSignInOutlivesTheServersOwnSessionAndEndsEverywhereAtSignOut() {
        Api api = new Api(deployment);
        Answer signedIn = api.anonymous().post("api/v1/session",
                "{\"email\": \"" + DemoAccounts.NEWCOMER + "\", \"password\": \"" + Api.DEMO_PASSWORD + "\"}");
        assertEquals(204, signedIn.status(), signedIn.body());
        String cookie = setCookie(signedIn, "UNIONHALL_SIGNIN");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Max-Age"), "it lasts until the browser closes: " + cookie);
        String device = setCookie(signedIn, "UNIONHALL_DEVICE");
        assertTrue(device.contains("HttpOnly") && device.contains("Max-Age=15552000"), device);

        // As a browser whose node died: the server's own session cookie leads nowhere, the sign-in holds.
        Caller elsewhere = api.new Caller(java.util.Map.of("Cookie",
                "UNIONHALL_SESSION=0123456789abcdef; " + value(cookie)));
        String me = elsewhere.get("api/v1/me").expect(200).json().getString("memberId");
        assertEquals(api.demo(DemoAccounts.NEWCOMER).get("api/v1/me").json().getString("memberId"), me);
        Caller page = api.new Caller(java.util.Map.of("Cookie", value(cookie)));
        page.send(page.request("index.xhtml").GET().build()).expect(200);

        Answer signedOut = elsewhere.send(elsewhere.request("api/v1/session").header("Origin", api.origin())
                .DELETE().build());
        assertEquals(204, signedOut.status(), signedOut.body());
        assertTrue(setCookie(signedOut, "UNIONHALL_SIGNIN").contains("Max-Age=0"), "the browser drops the cookie");
        JsonObjectAssert.unauthenticated(page.get("api/v1/me"), "Sign in first");
        Answer toSignIn = page.send(page.request("union/list.xhtml").GET().build());
        assertEquals(302, toSignIn.status(), "a signed-out session is not resumed");
    }

    @Test
    @Order(8)
    void aMemberSignsInOnABrowserTheyUsedBeforeWhileSomeoneElseKeepsFailingForTheirAccountAndAddress() {
        Api api = new Api(deployment);
        String body = "{\"email\": \"" + DemoAccounts.OTHER_CHAPTER_STEWARD + "\", \"password\": \""
                + Api.DEMO_PASSWORD + "\"}";
        Answer earlier = api.anonymous().post("api/v1/session", body);
        assertEquals(204, earlier.status(), earlier.body());
        String device = value(setCookie(earlier, "UNIONHALL_DEVICE"));

        Caller guesser = api.basic(DemoAccounts.OTHER_CHAPTER_STEWARD, "guess-5678");
        throttle(guesser);
        assertEquals(429, api.anonymous().post("api/v1/session", body).status(),
                "a browser the member never used waits like the guesser");

        Caller ownBrowser = api.new Caller(java.util.Map.of("Cookie", device));
        for (int round = 0; round < 3; round++) {
            guesser.get("api/v1/me").problem(429);
            Answer mine = ownBrowser.post("api/v1/session", body);
            assertEquals(204, mine.status(), "the member's own browser is let in: " + mine.body());
        }
    }

    /**
     * Guesses until the account and address are throttled for longer than the checks after it
     * take on a slow machine: each back-off waited out and guessed past doubles the next (1, 2,
     * 4, then 8 seconds), so a check a second later still meets the throttle.
     */
    private static void throttle(Caller guesser) {
        for (int attempt = 1; attempt <= 20; attempt++) {
            Answer answer = guesser.get("api/v1/me");
            if (answer.status() == 429) {
                long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
                if (retryAfter >= LONG_WAIT_SECONDS) {
                    return;
                }
                sleep(retryAfter * 1000 + 200);
            } else {
                answer.problem(401);
            }
        }
        throw new AssertionError("the guesser was never throttled for " + LONG_WAIT_SECONDS + " seconds");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The Set-Cookie header of an answer for one cookie. */
    private static String setCookie(Answer answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie: " + answer.headers()));
    }

    /** name=value of a Set-Cookie header. */
    private static String value(String setCookie) {
        int end = setCookie.indexOf(';');
        return end < 0 ? setCookie : setCookie.substring(0, end);
    }

    @Test
    @Order(9)
    void guessingIsThrottledPerAccountAndPerAddress() {
        Api api = new Api(deployment);
        // The guessing of the test before throttled this address too: wait until a member is let in.
        for (int attempt = 1; attempt <= 20; attempt++) {
            Answer me = api.demo(DemoAccounts.PLAIN_MEMBER).get("api/v1/me");
            if (me.status() != 429) {
                me.expect(200);
                break;
            }
            sleep(Long.parseLong(me.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 200);
        }
        Caller guesser = api.basic(DemoAccounts.UNION_STEWARD, "guess-1234");
        Answer last = null;
        for (int attempt = 1; attempt <= 10; attempt++) {
            last = guesser.get("api/v1/me");
            if (last.status() == 429) {
                break;
            }
            last.problem(401);
        }
        assertEquals(429, last.status(), "throttled within ten guesses: " + last.body());
        assertTrue(last.problem(429).getString("detail").contains("wait"));
        long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1, "Retry-After says how long");
        throttle(guesser);

        api.demo(DemoAccounts.UNION_STEWARD).get("api/v1/me").problem(429);
        api.demo(DemoAccounts.PLAIN_MEMBER).get("api/v1/me").problem(429);
        Caller pretending = api.demo(DemoAccounts.PLAIN_MEMBER);
        pretending.send(pretending.request("api/v1/me").header("X-Forwarded-For", "203.0.113.77").GET().build())
                .problem(429);
    }

    /** Checks of the 401 answers. */
    private static final class JsonObjectAssert {
        static void unauthenticated(Answer answer, String says) {
            assertTrue(answer.problem(401).getString("detail").contains(says), answer.body());
            assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        }
    }
}
