package org.unionhall.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionhall.application.motion.BallotBox;
import org.unionhall.application.motion.MotionStores;
import org.unionhall.domain.installation.InstallationSigner;
import org.unionhall.domain.mail.Outbox;
import org.unionhall.domain.notification.MailPreferences;
import org.unionhall.domain.treasury.BudgetRounds;
import org.unionhall.domain.treasury.GrantRequests;
import org.unionhall.domain.treasury.LedgerCheckpoints;
import org.unionhall.domain.treasury.Ledgers;

/**
 * After the demo bylaws, keeps a year of the demo unions' books ({@link DemoTreasury}) when
 * MicroProfile Config {@code unionhall.demo} is true and they have none.
 */
@Startup
@Singleton
@DependsOn("DemoBylawsSeeder")
public class DemoTreasurySeeder {
    private static final Logger LOG = Logger.getLogger(DemoTreasurySeeder.class.getName());

    @Inject
    @ConfigProperty(name = "unionhall.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private MotionStores stores;

    @Inject
    private Ledgers ledgers;

    @Inject
    private LedgerCheckpoints checkpoints;

    @Inject
    private InstallationSigner signer;

    @Inject
    private GrantRequests requests;

    @Inject
    private BudgetRounds rounds;

    @Inject
    private BallotBox ballots;

    @Inject
    private Outbox outbox;

    @Inject
    private MailPreferences preferences;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        if (!demo) {
            return;
        }
        long started = System.nanoTime();
        boolean kept = new DemoTreasury(stores, ledgers, checkpoints, signer, requests, rounds, outbox, preferences,
                ballots)
                .seedIfMissing();
        LOG.info(() -> kept ? "A year of the demo treasury kept in " + (System.nanoTime() - started) / 1_000_000
                + " ms" : "Demo treasury already present");
    }
}
