package org.unionhall.infrastructure.persistence.election;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.application.TimeSource;
import org.unionhall.application.election.ElectionService;

/**
 * Opens and closes secret ballots at their instants, checking every 15 seconds.
 *
 * <p>Cluster safety: the timer is non-persistent, so every node runs it. That is safe because
 * {@link ElectionService#advanceDue} locks each due election's row before moving it: the first
 * node moves it, the others then find it no longer due. A steward may also open or close by hand;
 * the same lock orders the two.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ElectionTimer {
    private static final Logger LOG = Logger.getLogger(ElectionTimer.class.getName());

    @Inject
    ElectionService elections;

    @Inject
    TimeSource time;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void advance() {
        try {
            int changed = elections.advanceDue(time.now());
            if (changed > 0) {
                LOG.info(() -> changed + " election(s) opened or closed on time");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Opening or closing elections on time failed; retrying at the next tick", e);
        }
    }
}
