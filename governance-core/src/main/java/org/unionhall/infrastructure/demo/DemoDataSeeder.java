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
import org.unionhall.application.Stores;
import org.unionhall.domain.account.PasswordHasher;

/**
 * Seeds the demo data at startup, after the schema migration, when MicroProfile Config
 * {@code unionhall.demo} is true (environment {@code UNIONHALL_DEMO=true}) and the database holds
 * no federation yet; a second start finds the federation and does nothing. If two nodes start
 * at once, the unique federation slug lets only one of them commit.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoDataSeeder {
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "unionhall.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private Stores stores;

    @Inject
    private PasswordHasher hasher;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        if (!demo) {
            return;
        }
        long started = System.nanoTime();
        boolean seeded = new DemoData(stores, hasher).seedIfEmpty();
        LOG.info(() -> seeded
                ? "Demo data seeded in " + (System.nanoTime() - started) / 1_000_000 + " ms (see docs/demo-accounts.md)"
                : "Demo data already present; nothing seeded");
    }
}
