package org.unionhall.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A real SMTP server (GreenMail) started by a test, and the real WAR configured to send to it:
 * the operator's {@code unionhall.mail.*} settings and {@code unionhall.public-url} added to the
 * WAR's own MicroProfile Config file, as an operator would set them.
 */
public final class MailServer implements AutoCloseable {
    /** The public address the deployed application writes into its links. */
    public static final String PUBLIC_URL = "http://unionhall.test";
    /** How long a test waits for the application's sender (a tick every ten seconds). */
    public static final Duration PATIENCE = Duration.ofSeconds(90);

    private final GreenMail server;
    private final int port;

    private MailServer(GreenMail server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a server on a free loopback port. */
    public static MailServer start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new MailServer(server, port);
    }

    /** The real WAR, sending its mail to this server. */
    public WebArchive deployment() {
        return Deployments.unionhallWith("unionhall.mail.host=127.0.0.1\nunionhall.mail.port=" + port
                + "\nunionhall.mail.starttls=false\nunionhall.mail.from=union@unionhall.test\nunionhall.public-url="
                + PUBLIC_URL + "\n");
    }

    /**
     * The same settings as environment variables, as an operator gives them to {@code ./unionhall
     * start}: for a server the test starts as a process.
     */
    public Map<String, String> environment() {
        return Map.of("UNIONHALL_MAIL_HOST", "127.0.0.1", "UNIONHALL_MAIL_PORT", Integer.toString(port),
                "UNIONHALL_MAIL_STARTTLS", "false", "UNIONHALL_MAIL_FROM", "union@unionhall.test",
                "UNIONHALL_PUBLIC_URL", PUBLIC_URL);
    }

    /** The first mail to the address with the subject, waiting up to {@link #PATIENCE} for it. */
    public MimeMessage await(String to, String subject) {
        return await(to, subject, 1).get(0);
    }

    /** The mails to the address with the subject, once there are {@code count}, waiting up to {@link #PATIENCE}. */
    public List<MimeMessage> await(String to, String subject, int count) {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> found = all(to, subject);
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(count + " mails \"" + subject + "\" to " + to + " expected within " + PATIENCE
                + "; received: "
                + received());
    }

    /** The mails received so far to the address with the subject. */
    public List<MimeMessage> all(String to, String subject) {
        List<MimeMessage> found = new ArrayList<>();
        try {
            for (MimeMessage m : server.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(to) && subject.equals(m.getSubject())) {
                    found.add(m);
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** The first mail received so far to the address with the subject. */
    public Optional<MimeMessage> find(String to, String subject) {
        return all(to, subject).stream().findFirst();
    }

    /** "to: subject" of every mail received, for failure messages. */
    public List<String> received() {
        List<String> all = new ArrayList<>();
        try {
            for (MimeMessage m : server.getReceivedMessages()) {
                all.add(m.getAllRecipients()[0] + ": " + m.getSubject());
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    /** A mail's plain text. */
    public static String text(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
