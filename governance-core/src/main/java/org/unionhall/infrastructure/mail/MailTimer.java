package org.unionhall.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionhall.application.TimeSource;
import org.unionhall.infrastructure.schedule.TimerLease;

/**
 * Every ten seconds, sends the outbox's due mail through the operator's mail server (see
 * {@link OutboxSender}), or marks it kept when {@code unionhall.mail.host} is not set. On a
 * cluster every node fires the timer and the node that takes the {@link TimerLease}
 * {@value #LEASE_NAME} runs the tick; each mail is also claimed on its own, so a tick that runs
 * longer than the lease never sends a mail twice.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailTimer {
    private static final Logger LOG = Logger.getLogger(MailTimer.class.getName());
    static final String LEASE_NAME = "mail";
    /** Shorter than the ten seconds between ticks, so the next tick goes to whichever node fires first. */
    private static final TimerLease LEASE = new TimerLease(LEASE_NAME, Duration.ofSeconds(8));
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = "java:app/jdbc/unionhall")
    DataSource dataSource;

    @Inject
    TimeSource time;

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

    private OutboxSender sender;
    private boolean failing;

    @PostConstruct
    void configure() {
        SmtpSettings settings = new SmtpSettings(host, port, from, user, password, starttls);
        sender = new OutboxSender(settings);
        LOG.info(() -> settings.configured() ? "Mail goes out through " + settings
                : "No mail server is configured (unionhall.mail.host): mail is kept in the outbox, not sent");
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "Mail: send the outbox")
    void tick() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!LEASE.tryAcquire(connection, NODE, time.now())) {
                return;
            }
            OutboxSender.Run run = sender.sendDue(connection, time.now());
            if (run.retrying() + run.givenUp() > 0) {
                if (!failing) {
                    LOG.warning(() -> "Mail not delivered: " + run.retrying() + " to be tried again, " + run.givenUp()
                            + " given up (the reasons are in the outbox)");
                }
                failing = true;
            } else if (run.sent() > 0) {
                failing = false;
            }
            LOG.fine(() -> "Mail: " + run);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the outbox failed; will retry in ten seconds", e);
        }
    }
}
