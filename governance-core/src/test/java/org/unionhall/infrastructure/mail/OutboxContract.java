package org.unionhall.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.AccountService;
import org.unionhall.application.Actor;
import org.unionhall.application.DefaultAccountService;
import org.unionhall.application.PublicAddress;
import org.unionhall.application.Stores;
import org.unionhall.application.mail.OutboxQueries;
import org.unionhall.application.mail.OutgoingMailView;
import org.unionhall.domain.account.SignInAccount;
import org.unionhall.domain.mail.DeliveryPolicy;
import org.unionhall.domain.mail.MailCategory;
import org.unionhall.domain.mail.MailStatus;
import org.unionhall.domain.mail.OutgoingMail;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaPasswordResets;
import org.unionhall.infrastructure.persistence.JpaSignInSessions;
import org.unionhall.infrastructure.throttle.InMemorySignInThrottle;
import org.unionhall.testsupport.ManualClock;
import org.unionhall.testsupport.SmtpServer;
import org.unionhall.testsupport.TestDatabase;

/**
 * The mail outbox on a real database and a real SMTP server (GreenMail) that the test starts,
 * stops and starts again: a mail is written in the transaction of the change that causes it and
 * rolled back with it; the sender delivers it once, with a stable Message-ID, and erases its body;
 * while the server is down it is tried again with growing waits and delivered once the server is
 * back; after {@link DeliveryPolicy#GIVE_UP_AFTER} it is given up with the reason recorded; two
 * nodes sending at once deliver every mail once; with no server configured, mail is kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class OutboxContract {
    static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
    static final String PASSWORD = "the-old-lantern-2026";

    @Parameter
    TestDatabase.Kind database;

    TestDatabase db;
    ManualClock clock;
    Stores stores;
    JpaOutbox outbox;
    SmtpServer smtp;
    OutboxSender sender;
    AccountService accounts;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void open() {
        db = TestDatabase.of(database);
        clock = new ManualClock(START);
        stores = db.stores(clock);
        outbox = new JpaOutbox(db.em());
        smtp = SmtpServer.start();
        sender = new OutboxSender(SmtpSettings.plain("127.0.0.1", smtp.port(), "unionhall@union.example"));
        accounts = new DefaultAccountService(stores, new Argon2PasswordHasher(), new InMemorySignInThrottle(),
                new JpaSignInSessions(db.em()), new JpaPasswordResets(db.em()), outbox,
                new PublicAddress("https://union.example"));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        smtp.close();
        db.close();
    }

    @BeforeEach
    void freshStart() throws SQLException {
        smtp.down();
        smtp.up();
        clock.set(START);
        try (Connection c = db.jdbc()) {
            c.createStatement().executeUpdate("DELETE FROM outgoing_mail");
        }
    }

    OutboxSender.Run send() throws SQLException {
        try (Connection c = db.jdbc()) {
            return sender.sendDue(c, clock.instant());
        }
    }

    String write(String to, String subject) {
        return db.tx(() -> {
            OutgoingMail mail = new OutgoingMail(to, subject, "Hello " + to + ",\nthe text of " + subject + ".",
                    MailCategory.NOTIFICATION, clock.instant());
            outbox.add(mail);
            return mail.id();
        });
    }

    OutgoingMail row(String id) {
        return db.tx(() -> outbox.find(id)).orElseThrow();
    }

    Actor member(String handle) {
        return db.tx(() -> {
            Member m = new Member("Member " + handle, handle + "@union.example", "en", clock.instant());
            stores.members().add(m);
            return new Actor(m.id());
        });
    }

    void account(Actor member) {
        db.run(() -> stores.accounts().add(new SignInAccount(member.memberId(),
                new Argon2PasswordHasher().hash(PASSWORD.toCharArray()), clock.instant())));
    }

    @Test
    void aMailIsWrittenWithTheChangeThatCausesItAndRolledBackWithIt() {
        Actor ines = member("ines");
        account(ines);
        String hashBefore = db.tx(() -> stores.accounts().find(ines.memberId()).orElseThrow().passwordHash());

        assertThrows(IllegalStateException.class, () -> db.run(() -> {
            accounts.changePassword(ines, PASSWORD.toCharArray(), "a-brand-new-lantern".toCharArray(), null, null);
            throw new IllegalStateException("the change fails after the mail was written");
        }));
        assertEquals(0, db.tx(() -> outbox.countWithStatus(MailStatus.PENDING)), "rolled back with the change");
        assertEquals(hashBefore, db.tx(() -> stores.accounts().find(ines.memberId()).orElseThrow().passwordHash()));

        db.run(() -> accounts.changePassword(ines, PASSWORD.toCharArray(), "a-brand-new-lantern".toCharArray(), null,
                null));
        List<OutgoingMail> pending = db.tx(() -> outbox.withStatus(MailStatus.PENDING, 0, 10));
        assertEquals(1, pending.size(), "written with the change");
        assertEquals("ines@union.example", pending.get(0).recipient());
        assertEquals("Unionhall: your password was changed", pending.get(0).subject());
        assertEquals(MailCategory.SECURITY, pending.get(0).category());
    }

    @Test
    void theSenderDeliversAMailOnceWithAStableMessageIdAndErasesItsText() throws Exception {
        String id = write("amal@union.example", "A vote opened");
        OutboxSender.Run run = send();
        assertEquals(1, run.sent());

        List<MimeMessage> received = smtp.received();
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertEquals("A vote opened", mail.getSubject());
        assertEquals("amal@union.example", mail.getAllRecipients()[0].toString());
        assertEquals("unionhall@union.example", mail.getFrom()[0].toString());
        assertEquals("<" + id + "@union.example>", mail.getMessageID());
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted")[0]);
        assertTrue(String.valueOf(mail.getContent()).contains("the text of A vote opened"));

        OutgoingMail sent = row(id);
        assertEquals(MailStatus.SENT, sent.status());
        assertEquals("", sent.body(), "the text is not kept once the mail is sent");
        assertEquals(1, sent.attempts());
        assertEquals(Optional.of(clock.instant()), sent.finishedAt());

        clock.advance(Duration.ofMinutes(10));
        assertEquals(0, send().sent());
        assertEquals(1, smtp.received().size(), "never sent twice");
    }

    @Test
    void whileTheServerIsDownAMailWaitsWithGrowingPausesAndGoesOutOnceItIsBack() throws Exception {
        smtp.down();
        String id = write("bea@union.example", "Quorum at risk");
        assertEquals(new OutboxSender.Run(0, 1, 0, 0), send());
        OutgoingMail waiting = row(id);
        assertEquals(MailStatus.PENDING, waiting.status());
        assertEquals(1, waiting.attempts());
        assertEquals(START.plus(DeliveryPolicy.FIRST_RETRY), waiting.nextAttemptAt());
        assertTrue(waiting.lastFailure().orElseThrow().contains("could not be reached"), waiting.lastFailure()::get);
        assertFalse(waiting.body().isEmpty(), "the text waits with the mail");

        clock.advance(Duration.ofSeconds(30));
        assertEquals(new OutboxSender.Run(0, 0, 0, 0), send(), "not tried again before its time");
        clock.set(START.plus(DeliveryPolicy.FIRST_RETRY));
        assertEquals(new OutboxSender.Run(0, 1, 0, 0), send());
        assertEquals(START.plus(DeliveryPolicy.FIRST_RETRY).plus(Duration.ofMinutes(2)), row(id).nextAttemptAt(),
                "the pause doubles");

        smtp.up();
        clock.set(row(id).nextAttemptAt());
        assertEquals(1, send().sent());
        assertEquals(1, smtp.received().size());
        assertEquals("Quorum at risk", smtp.received().get(0).getSubject());
        assertEquals(MailStatus.SENT, row(id).status());
        assertEquals(3, row(id).attempts());
        clock.advance(Duration.ofHours(1));
        send();
        assertEquals(1, smtp.received().size(), "delivered once");
    }

    @Test
    void aMailNotDeliveredWithinThreeDaysIsGivenUpWithItsReason() throws Exception {
        smtp.down();
        String id = write("carl@union.example", "A result was published");
        int attempts = 0;
        while (row(id).status() == MailStatus.PENDING && attempts < 500) {
            clock.set(row(id).nextAttemptAt());
            send();
            attempts++;
        }
        OutgoingMail given = row(id);
        assertEquals(MailStatus.GIVEN_UP, given.status());
        assertEquals(attempts, given.attempts());
        assertTrue(given.finishedAt().orElseThrow().isAfter(START.plus(DeliveryPolicy.GIVE_UP_AFTER)
                .minus(DeliveryPolicy.LONGEST_WAIT)));
        assertFalse(given.finishedAt().orElseThrow().isAfter(START.plus(DeliveryPolicy.GIVE_UP_AFTER)));
        assertTrue(given.lastFailure().orElseThrow().startsWith("Not delivered within 3 days, after " + attempts
                + " attempts: the server 127.0.0.1:" + smtp.port() + " could not be reached"), given.lastFailure()::get);
        assertEquals("", given.body());

        smtp.up();
        clock.advance(Duration.ofHours(2));
        send();
        assertTrue(smtp.received().isEmpty(), "a mail given up is not sent later");
    }

    @Test
    void twoNodesSendingAtOnceDeliverEveryMailOnce() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            ids.add(write("member" + i + "@union.example", "Mail number " + i));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<OutboxSender.Run> node = () -> {
            try (Connection c = db.jdbc()) {
                together.await(10, TimeUnit.SECONDS);
                return sender.sendDue(c, clock.instant());
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<OutboxSender.Run>> runs = List.of(pool.submit(node), pool.submit(node));
            int sent = 0;
            for (Future<OutboxSender.Run> run : runs) {
                sent += run.get(60, TimeUnit.SECONDS).sent();
            }
            assertEquals(30, sent);
        } finally {
            pool.shutdownNow();
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : smtp.received()) {
            subjects.add(m.getSubject());
        }
        assertEquals(30, subjects.size(), "each mail once: " + subjects);
        assertEquals(30, new HashSet<>(subjects).size());
        for (String id : ids) {
            assertEquals(MailStatus.SENT, row(id).status());
            assertEquals(1, row(id).attempts());
        }
    }

    @Test
    void withoutAMailServerMailIsKeptForTheOperatorAndNeverSent() throws Exception {
        String id = write("dora@union.example", "Reset your password");
        OutboxSender demo = new OutboxSender(SmtpSettings.none());
        try (Connection c = db.jdbc()) {
            assertEquals(new OutboxSender.Run(0, 0, 0, 1), demo.sendDue(c, clock.instant()));
        }
        assertTrue(smtp.received().isEmpty());
        OutgoingMail kept = row(id);
        assertEquals(MailStatus.KEPT, kept.status());
        assertTrue(kept.body().contains("the text of Reset your password"), "the operator can read it");

        Actor operator = member("olga-operator");
        db.run(() -> {
            SignInAccount account = new SignInAccount(operator.memberId(),
                    new Argon2PasswordHasher().hash(PASSWORD.toCharArray()), clock.instant());
            account.makeInstallationOperator();
            stores.accounts().add(account);
        });
        Actor someone = member("nils-not-operator");
        account(someone);
        OutboxQueries queries = new OutboxQueries(outbox, stores);
        AccessDenied refused = assertThrows(AccessDenied.class, () -> db.tx(() -> queries.kept(someone, 0, 10)));
        assertTrue(refused.getMessage().contains("operator"), refused.getMessage());
        List<OutgoingMailView> listed = db.tx(() -> queries.kept(operator, 0, 10)).items();
        assertEquals(List.of(id), listed.stream().map(OutgoingMailView::id).toList());
        assertEquals("dora@union.example", listed.get(0).recipient());

        send();
        assertTrue(smtp.received().isEmpty(), "kept mail stays kept when a server is configured later");
    }

    @Test
    void finishedMailIsDeletedThirtyDaysLater() throws Exception {
        String id = write("eli@union.example", "Old news");
        send();
        clock.advance(OutboxSender.KEEP_FINISHED.minus(Duration.ofMinutes(1)));
        send();
        assertEquals(MailStatus.SENT, row(id).status());
        clock.advance(Duration.ofMinutes(2));
        send();
        assertTrue(db.tx(() -> outbox.find(id)).isEmpty());
    }
}
