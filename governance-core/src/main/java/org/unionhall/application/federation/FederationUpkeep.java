package org.unionhall.application.federation;

/**
 * What the federation does on its own, every few seconds: post the unions' new public
 * announcements to their followers, and send the outbox's due deliveries.
 */
public interface FederationUpkeep {

    /**
     * Queues the announcements not yet posted.
     *
     * @param withResults whether to look for newly published results too (a heavier look, done less often)
     * @return how many were posted
     */
    int postAnnouncements(boolean withResults);

    /** Sends the deliveries that are due; how many were delivered. */
    int deliverDue();
}
