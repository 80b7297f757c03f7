package org.unionhall.web.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.unionhall.application.TimeSource;
import org.unionhall.domain.federation.FederationRecords;
import org.unionhall.domain.federation.Follower;
import org.unionhall.domain.federation.ReceivedActivity;
import org.unionhall.domain.membership.Union;
import org.unionhall.federation.activity.Activity;
import org.unionhall.federation.activity.ActivityType;
import org.unionhall.federation.activity.FederationObject;

/**
 * Applies a verified activity in one transaction, once: its id is recorded first, and an id
 * already recorded is applied no more. A Follow of a union makes its actor a follower and queues
 * the union's Accept to it in the same transaction; an Undo of that Follow removes the follower.
 * Other activities are recorded and otherwise left for later slices of the federation.
 */
@ApplicationScoped
public class InboxApplication {
    private static final Logger LOG = Logger.getLogger(InboxApplication.class.getName());

    @Inject
    FederationRecords records;

    @Inject
    ActorDocuments actors;

    @Inject
    Outbox outbox;

    @Inject
    TimeSource time;

    /** What applying did. */
    enum Applied { APPLIED, ALREADY_RECEIVED }

    /** Whether an activity with this id is recorded as received (applied once already). */
    @Transactional
    public boolean alreadyReceived(URI activityId) {
        return records.received(activityId);
    }

    @Transactional
    public Applied apply(Activity activity, RemoteActor sender) {
        if (!records.recordReceived(new ReceivedActivity(activity.id(), activity.type(), activity.actor(), time.now()))) {
            return Applied.ALREADY_RECEIVED;
        }
        if (activity.activityType() == ActivityType.FOLLOW) {
            actors.unionOfActor(activity.object().id()).ifPresent(union -> follow(union, activity, sender));
        } else if (activity.activityType() == ActivityType.UNDO) {
            undo(activity);
        }
        return Applied.APPLIED;
    }

    private void follow(Union union, Activity follow, RemoteActor sender) {
        records.addFollower(new Follower(union.id(), sender.id(), sender.inbox(), sender.sharedInbox(), follow.id(),
                time.now()));
        Activity accept = Activity.accept(actors.newActivityId(), follow);
        outbox.send(union.id().toString(), accept, List.of(sender.inbox()));
        LOG.info(() -> sender.id() + " follows " + union.slug() + "; Accept " + accept.id() + " queued");
    }

    private void undo(Activity undo) {
        Optional<FederationObject> inner = undo.object().embedded();
        if (inner.isPresent() && inner.get() instanceof Activity earlier
                && earlier.activityType() == ActivityType.FOLLOW) {
            URI object = earlier.object().id();
            actors.unionOfActor(object).ifPresent(union -> {
                if (records.removeFollower(union.id(), undo.actor())) {
                    LOG.info(() -> undo.actor() + " no longer follows " + union.slug());
                }
            });
        }
    }
}
