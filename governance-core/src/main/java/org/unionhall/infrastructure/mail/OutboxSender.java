package org.unionhall.infrastructure.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.mail.DeliveryPolicy;

/**
 * Sends the outbox's due mail over SMTP, one mail at a time, each change to a row committed at
 * once (the connection is in auto-commit mode):
 * <ol>
 *   <li>a due mail is <em>claimed</em> by one conditional UPDATE that counts the attempt and moves
 *   its next attempt {@link DeliveryPolicy#CLAIM} ahead; a node that loses the race skips it;</li>
 *   <li>it is handed to the server; accepted, it is marked sent and its body erased;</li>
 *   <li>not accepted: a 5xx answer gives it up at once with the server's words; anything else
 *   (server unreachable, 4xx, a timeout) schedules the next attempt by the
 *   {@link DeliveryPolicy}, or gives it up when that time has run out.</li>
 * </ol>
 * So a mail is delivered <em>at least once</em> and, barring a crash, exactly once: only if the
 * node dies after the server accepted a mail and before the mark is written (a few milliseconds)
 * is that one mail sent again, when its claim runs out; it then carries the same Message-ID, by
 * which mail programs recognise a repeat. With no server configured, pending mail is marked
 * kept instead. Finished rows are deleted {@link #KEEP_FINISHED} after they finished.
 */
public final class OutboxSender {
    /** How long sent, kept and given-up mail stays listed before it is deleted. */
    public static final Duration KEEP_FINISHED = Duration.ofDays(30);
    /** Most mails sent in one run. */
    static final int BATCH = 50;

    private final SmtpSettings settings;

    /** @param settings the operator's mail server, or none */
    public OutboxSender(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /**
     * What one run did.
     *
     * @param sent accepted by the server
     * @param retrying not accepted, to be tried again
     * @param givenUp not accepted, given up
     * @param kept marked kept (no server configured)
     */
    public record Run(int sent, int retrying, int givenUp, int kept) {
    }

    /**
     * Sends the mail that is due now.
     *
     * @param connection a connection in auto-commit mode
     */
    public Run sendDue(Connection connection, Instant now) throws SQLException {
        forgetFinished(connection, now.minus(KEEP_FINISHED));
        if (!settings.configured()) {
            return new Run(0, 0, 0, keepPending(connection, now));
        }
        int sent = 0;
        int retrying = 0;
        int givenUp = 0;
        Session session = settings.session();
        Transport transport = null;
        try {
            for (Due mail : due(connection, now)) {
                if (!claim(connection, mail, now)) {
                    continue;
                }
                try {
                    MimeMessage message = message(session, mail);
                    if (transport == null) {
                        transport = session.getTransport("smtp");
                        transport.connect();
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                    finish(connection, mail.id(), "SENT", now, null);
                    sent++;
                } catch (MessagingException e) {
                    transport = close(transport);
                    int reply = replyCode(e);
                    String reason = reason(e, reply);
                    Optional<Instant> next = reply >= 500 || e instanceof AddressException ? Optional.empty()
                            : DeliveryPolicy.nextAttempt(mail.attempts() + 1, mail.createdAt(), now);
                    if (next.isPresent()) {
                        retryAt(connection, mail.id(), next.get(), reason);
                        retrying++;
                    } else {
                        finish(connection, mail.id(), "GIVEN_UP", now, (reply >= 500 || e instanceof AddressException
                                ? "Refused for good" : "Not delivered within " + DeliveryPolicy.GIVE_UP_AFTER.toDays()
                                + " days, after " + (mail.attempts() + 1) + " attempts") + ": " + reason);
                        givenUp++;
                    }
                    if (reply < 0 && !(e instanceof AddressException)) {
                        break;
                    }
                }
            }
        } finally {
            close(transport);
        }
        return new Run(sent, retrying, givenUp, 0);
    }

    /** One row due for sending. */
    private record Due(String id, String recipient, String subject, String body, int attempts, Instant createdAt) {
    }

    private static List<Due> due(Connection c, Instant now) throws SQLException {
        List<Due> due = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, recipient, subject, body, attempts, created_at "
                + "FROM outgoing_mail WHERE status = 'PENDING' AND next_attempt_at <= ? "
                + "ORDER BY next_attempt_at, id LIMIT " + BATCH)) {
            select.setObject(1, at(now));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getInt(5), rows.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return due;
    }

    private static boolean claim(Connection c, Due mail, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE outgoing_mail SET attempts = attempts + 1, "
                + "next_attempt_at = ?, version = version + 1 WHERE id = ? AND status = 'PENDING' AND attempts = ? "
                + "AND next_attempt_at <= ?")) {
            update.setObject(1, at(now.plus(DeliveryPolicy.CLAIM)));
            update.setString(2, mail.id());
            update.setInt(3, mail.attempts());
            update.setObject(4, at(now));
            return update.executeUpdate() == 1;
        }
    }

    private static void finish(Connection c, String id, String status, Instant now, String reason) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE outgoing_mail SET status = ?, finished_at = ?, "
                + "body = '', last_failure = ?, version = version + 1 WHERE id = ?")) {
            update.setString(1, status);
            update.setObject(2, at(now));
            update.setString(3, reason);
            update.setString(4, id);
            update.executeUpdate();
        }
    }

    private static void retryAt(Connection c, String id, Instant next, String reason) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE outgoing_mail SET next_attempt_at = ?, "
                + "last_failure = ?, version = version + 1 WHERE id = ? AND status = 'PENDING'")) {
            update.setObject(1, at(next));
            update.setString(2, reason);
            update.setString(3, id);
            update.executeUpdate();
        }
    }

    private static int keepPending(Connection c, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE outgoing_mail SET status = 'KEPT', finished_at = ?, "
                + "version = version + 1 WHERE status = 'PENDING'")) {
            update.setObject(1, at(now));
            return update.executeUpdate();
        }
    }

    private static void forgetFinished(Connection c, Instant before) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM outgoing_mail WHERE finished_at < ?")) {
            delete.setObject(1, at(before));
            delete.executeUpdate();
        }
    }

    private MimeMessage message(Session session, Due mail) throws MessagingException {
        String domain = settings.from().contains("@")
                ? settings.from().substring(settings.from().lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "")
                : "unionhall";
        String messageId = "<" + mail.id() + "@" + (domain.isEmpty() ? "unionhall" : domain) + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(mail.createdAt()));
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /**
     * The SMTP reply code carried by the exception or one it wraps, or -1 when the server gave
     * none (it could not be reached). Angus Mail's SMTP exceptions, Payara's own classes, carry it
     * as {@code getReturnCode()}; they are read by that name so the application needs no
     * implementation classes of Jakarta Mail at compile time.
     */
    static int replyCode(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 10; depth++) {
            try {
                Method code = t.getClass().getMethod("getReturnCode");
                if (code.invoke(t) instanceof Integer reply && reply > 0) {
                    return reply;
                }
            } catch (ReflectiveOperationException e) {
                // not an SMTP reply: look at what it wraps
            }
            Throwable next = t instanceof MessagingException m && m.getNextException() != null
                    ? m.getNextException() : t.getCause();
            t = next == t ? null : next;
        }
        return -1;
    }

    private String reason(MessagingException e, int reply) {
        String words = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
        String reason = reply > 0 ? "the server " + settings.server() + " answered " + words
                : "the server " + settings.server() + " could not be reached (" + e.getClass().getSimpleName()
                + (words.isEmpty() ? "" : ": " + words) + ")";
        return reason.length() > 400 ? reason.substring(0, 399) + "…" : reason;
    }

    private static Transport close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is gone either way
            }
        }
        return null;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
