package org.unionhall.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionhall.application.notification.MailHook;

/**
 * Sends notifications by SMTP when the operator set {@code unionhall.mail.host} (environment
 * {@code UNIONHALL_MAIL_HOST}); otherwise sends nothing. Settings: {@code unionhall.mail.host},
 * {@code .port} (587), {@code .from}, {@code .user}, {@code .password}, {@code .starttls} (true).
 * A message is sent only after the transaction that wrote its notification committed, on the
 * container's executor, so a slow or failing mail server never delays or undoes a change; a
 * failure is logged without the message text.
 */
@ApplicationScoped
public class ConfiguredMailHook implements MailHook {
    private static final Logger LOG = Logger.getLogger(ConfiguredMailHook.class.getName());

    @Inject
    @ConfigProperty(name = "unionhall.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "unionhall.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "unionhall.mail.from", defaultValue = "unionhall@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "unionhall.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "unionhall.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "unionhall.mail.starttls", defaultValue = "true")
    boolean starttls;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** For CDI. */
    public ConfiguredMailHook() {
    }

    /** Outside the container: no mail server, so nothing is sent. */
    public static ConfiguredMailHook unconfigured() {
        ConfiguredMailHook hook = new ConfiguredMailHook();
        hook.host = Optional.empty();
        return hook;
    }

    @Override
    public void send(String to, String subject, String text) {
        if (host == null || host.filter(h -> !h.isBlank()).isEmpty()) {
            return;
        }
        Runnable delivery = () -> executor.execute(() -> deliver(to, subject, text));
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        delivery.run();
                    }
                }
            });
        } else {
            delivery.run();
        }
    }

    private void deliver(String to, String subject, String text) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElseThrow());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
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
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(props, auth));
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send a notification mail through " + host.get() + ":" + port + ": "
                    + e.getClass().getSimpleName());
        }
    }
}
