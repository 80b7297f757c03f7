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
import org.unionhall.application.motion.MotionStores;

/**
 * After the demo membership is seeded, adopts the founding bylaws of every demo union that has
 * none, when MicroProfile Config {@code unionhall.demo} is true.
 */
@Startup
@Singleton
@DependsOn("DemoDataSeeder")
public class DemoBylawsSeeder {
    private static final Logger LOG = Logger.getLogger(DemoBylawsSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "unionhall.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private MotionStores stores;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        if (!demo) {
            return;
        }
        int adopted = new DemoBylaws(stores).seedIfMissing();
        LOG.info(() -> adopted == 0 ? "Demo bylaws already present" : "Founding bylaws adopted for " + adopted
                + " demo unions and federations");
    }
}
