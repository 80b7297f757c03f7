package org.unionhall.web.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.unionhall.application.TimeSource;
import org.unionhall.domain.federation.Delivery;
import org.unionhall.domain.federation.FederationRecords;
import org.unionhall.federation.activity.Activity;
import org.unionhall.federation.activity.Messages;

/**
 * Puts activities in the durable outbox: one delivery per distinct inbox, inside the caller's
 * transaction, so an activity is queued exactly when the change that causes it commits. Inboxes
 * of hosts the operator does not federate with are left out. The delivery timer sends them.
 */
@ApplicationScoped
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @Inject
    FederationRecords records;

    @Inject
    FederationSettings settings;

    @Inject
    TimeSource time;

    /**
     * Queues {@code activity}, signed by {@code sender} (a key row name), for each of {@code inboxes}.
     *
     * @return how many deliveries were queued
     */
    public int send(String sender, Activity activity, Collection<URI> inboxes) {
        String body = Messages.write(activity);
        Set<URI> distinct = new LinkedHashSet<>(inboxes);
        int queued = 0;
        for (URI inbox : distinct) {
            if (!settings.peers().permits(inbox)) {
                LOG.info(() -> "Not delivering " + activity.id() + " to " + inbox + ": "
                        + settings.peers().refusal(inbox.getHost()));
                continue;
            }
            if (records.queue(new Delivery(activity.id(), inbox, sender, body, time.now()))) {
                queued++;
            }
        }
        return queued;
    }
}
