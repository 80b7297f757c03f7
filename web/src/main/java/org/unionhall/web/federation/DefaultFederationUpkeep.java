package org.unionhall.web.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unionhall.application.federation.FederationUpkeep;

/** The federation's periodic work, for governance-core's timer: announcements, then deliveries. */
@ApplicationScoped
public class DefaultFederationUpkeep implements FederationUpkeep {
    @Inject
    Announcements announcements;

    @Inject
    Deliverer deliverer;

    @Override
    public int postAnnouncements(boolean withResults) {
        boolean results = announcements.takeResultsDue() || withResults;
        return announcements.postOpenedVotes() + (results ? announcements.postPublishedResults() : 0);
    }

    @Override
    public int deliverDue() {
        return deliverer.deliverDue();
    }
}
