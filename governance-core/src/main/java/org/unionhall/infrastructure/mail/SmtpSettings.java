package org.unionhall.infrastructure.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The operator's mail server: {@code unionhall.mail.host} (environment {@code UNIONHALL_MAIL_HOST};
 * none means mail is kept in the outbox, not sent), {@code .port} (587), {@code .from}
 * ({@code unionhall@localhost}), {@code .user} and {@code .password} (SMTP authentication when a
 * user is set), {@code .starttls} (true: upgrade to TLS when the server offers it).
 *
 * @param host the SMTP server, if any
 * @param port its port
 * @param from the sender address of every mail
 * @param user the SMTP user, if the server wants one
 * @param password the SMTP password
 * @param starttls whether to use STARTTLS when offered
 */
public record SmtpSettings(Optional<String> host, int port, String from, Optional<String> user,
                           Optional<String> password, boolean starttls) {
    /** How long to wait for the server to connect or answer, in milliseconds. */
    static final int TIMEOUT_MILLIS = 10_000;

    /** Every value required; a blank host counts as none. */
    public SmtpSettings {
        host = Objects.requireNonNull(host).map(String::strip).filter(h -> !h.isEmpty());
        Objects.requireNonNull(from);
        user = Objects.requireNonNull(user).filter(u -> !u.isBlank());
        Objects.requireNonNull(password);
    }

    /** No mail server: mail is kept, not sent. */
    public static SmtpSettings none() {
        return new SmtpSettings(Optional.empty(), 587, "unionhall@localhost", Optional.empty(), Optional.empty(), true);
    }

    /** A server without authentication or TLS (a test server, or a relay on the same host). */
    public static SmtpSettings plain(String host, int port, String from) {
        return new SmtpSettings(Optional.of(host), port, from, Optional.empty(), Optional.empty(), false);
    }

    /** Whether a mail server is configured. */
    public boolean configured() {
        return host.isPresent();
    }

    /** The host and port, for log lines and recorded failures. */
    public String server() {
        return host.orElse("(none)") + ":" + port;
    }

    /** The settings without the password. */
    @Override
    public String toString() {
        return "SmtpSettings[" + server() + ", from " + from + ", user " + user.orElse("(none)") + ", starttls "
                + starttls + "]";
    }

    /** A Jakarta Mail session for this server. */
    Session session() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host.orElseThrow());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        props.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        props.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        Authenticator auth = null;
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        return Session.getInstance(props, auth);
    }
}
