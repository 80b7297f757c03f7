package org.unionhall.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionhall.web.it.MailServer.PUBLIC_URL;
import static org.unionhall.web.it.MailServer.text;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionhall.web.it.Api.Caller;

/**
 * Mail from the running application arrives in a real SMTP server (GreenMail) that this test
 * starts: the deployed WAR is the real build, with the operator's {@code unionhall.mail.*}
 * settings pointing at that server. A member who forgot their password asks for a link, opens it
 * from the mail that arrived and sets a new password; the link then works no more, and the member
 * is mailed that the password changed. An address without an account gets the same answer. A
 * member who chose one kind of notification by e-mail gets it, and a member who did not choose
 * gets nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL)
            + "/password/reset\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
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
    URL deployment;

    @Test
    void aForgottenPasswordIsResetThroughTheLinkInTheMailThatArrived() throws Exception {
        Api api = new Api(deployment);
        String chloe = DemoAccounts.PLAIN_MEMBER;
        JsonObject answer = api.anonymous().post("api/v1/password-reset", "{\"email\":\"" + chloe + "\"}").expect(202)
                .json();
        JsonObject unknown = api.anonymous().post("api/v1/password-reset",
                "{\"email\":\"nobody-here@unionhall.example\"}").expect(202).json();
        assertEquals(answer, unknown, "the same answer whether or not the address has an account");

        MimeMessage arrived = mail.await(chloe, "Unionhall: reset your password");
        assertEquals("union@unionhall.test", arrived.getFrom()[0].toString());
        Matcher link = LINK.matcher(text(arrived));
        assertTrue(link.find(), text(arrived));
        String token = link.group(1);
        assertTrue(text(mail.await("nobody-here@unionhall.example", "Unionhall: reset your password"))
                .contains("There is no account with this address"));

        String page = api.anonymous().get("password/reset.xhtml?token=" + token).expect(200).body();
        assertTrue(page.contains("Choose a new password") && page.contains("reset:password"), page);
        String forgedPage = api.anonymous().get("password/reset.xhtml?token=" + "Z".repeat(43)).expect(200).body();
        assertTrue(forgedPage.contains("This reset link is not valid"), forgedPage);

        api.anonymous().post("api/v1/password-reset/new-password", "{\"token\":\"" + token
                + "\",\"password\":\"password123\"}").problem(422);
        api.anonymous().post("api/v1/password-reset/new-password", "{\"token\":\"" + token
                + "\",\"password\":\"a-lantern-by-the-river\"}").expect(204);
        assertTrue(api.anonymous().post("api/v1/password-reset/new-password", "{\"token\":\"" + token
                + "\",\"password\":\"someone-elses-choice-42\"}").problem(409).getString("detail")
                .contains("used already"));
        assertTrue(api.anonymous().post("api/v1/password-reset/new-password", "{\"token\":\"" + "Q".repeat(43)
                + "\",\"password\":\"someone-elses-choice-42\"}").problem(422).getString("detail")
                .contains("not valid"));

        api.basic(chloe, Api.DEMO_PASSWORD).get("api/v1/me").problem(401);
        api.basic(chloe, "a-lantern-by-the-river").get("api/v1/me").expect(200);
        assertTrue(text(mail.await(chloe, "Unionhall: your password was changed")).contains("was just changed"));
        String reused = api.anonymous().get("password/reset.xhtml?token=" + token).expect(200).body();
        assertTrue(reused.contains("used already"), reused);
    }

    @Test
    void aMemberGetsByMailOnlyTheNotificationsTheyChose() throws Exception {
        Api api = new Api(deployment);
        Members members = new Members(api);
        JsonObject chosen = members.session("priya").put("api/v1/me/mail-preferences",
                "{\"mailed\":[\"SECONDS_NEEDED\"]}").expect(200).array().getJsonObject(0);
        assertEquals("SECONDS_NEEDED", chosen.getString("kind"));
        assertTrue(chosen.getBoolean("mailed"));

        Caller kwame = members.session("kwame");
        String id = kwame.post("api/v1/motions", "{\"kind\":\"GENERAL\",\"scope\":\"UNION\",\"scopeSlug\":"
                + "\"fediverse-moderators\",\"title\":\"Mail only what was chosen\",\"text\":\"The union writes to "
                + "members only about what they asked for.\"}").expect(201).json().getString("id");
        kwame.post("api/v1/motions/" + id + "/submit", "{}").expect(200);

        MimeMessage arrived = mail.await(Members.email("priya"), "Unionhall: a motion needs seconds");
        assertTrue(text(arrived).contains("Mail only what was chosen"), text(arrived));
        for (String other : List.of("chloe", "amara", "mateo", "yuki")) {
            assertFalse(mail.find(Members.email(other), "Unionhall: a motion needs seconds").isPresent(),
                    other + " chose no mail and got none: " + mail.received());
        }
        assertTrue(members.session("yuki").get("api/v1/notifications").expect(200).body()
                .contains("Mail only what was chosen"), "everyone is still told in the application");
    }

    @Test
    void aChangedPasswordIsMailedToTheMember() throws Exception {
        Api api = new Api(deployment);
        Members members = new Members(api);
        members.session("mateo").put("api/v1/me/password", "{\"currentPassword\":\"" + Api.DEMO_PASSWORD
                + "\",\"newPassword\":\"mateo-walks-the-long-way\"}").expect(204);
        api.basic(Members.email("mateo"), Api.DEMO_PASSWORD).get("api/v1/me").problem(401);
        api.basic(Members.email("mateo"), "mateo-walks-the-long-way").get("api/v1/me").expect(200);
        assertTrue(text(mail.await(Members.email("mateo"), "Unionhall: your password was changed"))
                .contains(PUBLIC_URL + "/password/forgot.xhtml"));
    }
}
