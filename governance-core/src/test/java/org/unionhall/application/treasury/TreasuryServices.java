package org.unionhall.application.treasury;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.unionhall.application.Stores;
import org.unionhall.application.motion.BallotBox;
import org.unionhall.application.motion.DefaultMotionService;
import org.unionhall.application.motion.MotionStores;
import org.unionhall.application.notification.Notifier;
import org.unionhall.infrastructure.persistence.JpaBylawsBook;
import org.unionhall.infrastructure.persistence.JpaCongressVotes;
import org.unionhall.infrastructure.persistence.JpaGrantRequests;
import org.unionhall.infrastructure.persistence.JpaLedgers;
import org.unionhall.infrastructure.persistence.JpaMailPreferences;
import org.unionhall.infrastructure.persistence.JpaMotions;
import org.unionhall.infrastructure.persistence.JpaNominations;
import org.unionhall.infrastructure.persistence.JpaNotifications;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaProxies;

/** The treasury's services wired outside a container, on one entity manager, as the contract tests use them. */
public final class TreasuryServices {

    private TreasuryServices() {
    }

    /** The motion stores on the entity manager. */
    public static MotionStores motionStores(EntityManager em, Stores stores) {
        return new MotionStores(stores, new JpaBylawsBook(em), new JpaMotions(em), new JpaNominations(em),
                new JpaCongressVotes(em), new JpaProxies(em), new JpaNotifications(em));
    }

    /** The notifier on the entity manager. */
    public static Notifier notifier(EntityManager em, Stores stores) {
        return new Notifier(stores, new JpaNotifications(em), new JpaOutbox(em), new JpaMailPreferences(em));
    }

    /** The motion service (without secret ballots) on the entity manager. */
    public static DefaultMotionService motions(EntityManager em, Stores stores) {
        return new DefaultMotionService(motionStores(em, stores), notifier(em, stores), new BallotBox(Optional.empty()));
    }

    /** The grant service on the entity manager. */
    public static GrantService grants(EntityManager em, Stores stores) {
        return new DefaultGrantService(stores, new JpaLedgers(em), new JpaGrantRequests(em), new JpaBylawsBook(em),
                notifier(em, stores), motions(em, stores), new JpaMotions(em));
    }
}
