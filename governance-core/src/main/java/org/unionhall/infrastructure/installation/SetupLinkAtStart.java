package org.unionhall.infrastructure.installation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionhall.application.installation.InstallationService;
import org.unionhall.application.installation.IssuedSetupLink;
import org.unionhall.domain.installation.SetupLink;
import org.unionhall.domain.shared.DomainException;

/**
 * At every start of an installation that is not set up yet, issues a new one-time setup link and
 * prints it on the console (the server's log), so that the person who started the server, and
 * only someone who can read its console, can found the installation. The link printed at an
 * earlier start stops working. An installation that is set up (founded, or holding the demo data
 * or a restored backup) prints nothing. Runs after the schema migration and the demo data.
 * The address uses {@code unionhall.http-port} ({@code UNIONHALL_HTTP_PORT}, which
 * {@code ./unionhall} sets); without it only the path is printed.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "DemoDataSeeder"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SetupLinkAtStart {
    private static final Logger LOG = Logger.getLogger(SetupLinkAtStart.class.getName());

    @Inject
    private InstallationService installation;

    @Inject
    @ConfigProperty(name = "unionhall.http-port")
    private Optional<Integer> port;

    @PostConstruct
    void printSetupLink() {
        try {
            installation.openSetup().ifPresentOrElse(link -> LOG.info(() -> notice(link, port)),
                    () -> LOG.fine("The installation is set up; no setup link printed"));
        } catch (DomainException busy) {
            LOG.log(Level.WARNING, "No setup link printed: {0} Run ./unionhall admin setup-link for one.",
                    busy.getMessage());
        }
    }

    /** What the console shows: the link, how long it works, and what to do if it is lost. */
    static String notice(IssuedSetupLink link, Optional<Integer> port) {
        String where = port.map(p -> link.address("http://localhost:" + p))
                .orElseGet(() -> link.address("") + "  (on this server's address)");
        return "\n\n    Unionhall is not set up yet. To found your federation, your first union and its first steward,"
                + "\n    open this one-time setup link in a browser before " + SetupLink.when(link.expiresAt()) + ":"
                + "\n\n        " + where
                + "\n\n    It works once, and only until the next restart, which prints a new one."
                + "\n    Lost it? Run: ./unionhall admin setup-link\n";
    }
}
