package org.unionhall.application.motion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unionhall.application.Stores;
import org.unionhall.domain.bylaws.BylawsBook;
import org.unionhall.domain.congress.CongressVotes;
import org.unionhall.domain.congress.Proxies;
import org.unionhall.domain.motion.Motions;
import org.unionhall.domain.motion.Nominations;
import org.unionhall.domain.notification.Notifications;

/**
 * The repositories of motions, bylaws, the congress and notifications, beside the membership
 * stores and the clock, gathered in one bean so each motion service has one dependency.
 */
@ApplicationScoped
public class MotionStores {
    private Stores core;
    private BylawsBook bylaws;
    private Motions motions;
    private Nominations nominations;
    private CongressVotes congressVotes;
    private Proxies proxies;
    private Notifications notifications;

    /** For CDI's proxy. */
    protected MotionStores() {
    }

    /** All stores. */
    @Inject
    public MotionStores(Stores core, BylawsBook bylaws, Motions motions, Nominations nominations,
                        CongressVotes congressVotes, Proxies proxies, Notifications notifications) {
        this.core = core;
        this.bylaws = bylaws;
        this.motions = motions;
        this.nominations = nominations;
        this.congressVotes = congressVotes;
        this.proxies = proxies;
        this.notifications = notifications;
    }

    /** The membership stores and the clock. */
    public Stores core() {
        return core;
    }

    /** Bylaws versions. */
    public BylawsBook bylaws() {
        return bylaws;
    }

    /** Motions. */
    public Motions motions() {
        return motions;
    }

    /** Nominations. */
    public Nominations nominations() {
        return nominations;
    }

    /** Congress roll calls. */
    public CongressVotes congressVotes() {
        return congressVotes;
    }

    /** Proxies. */
    public Proxies proxies() {
        return proxies;
    }

    /** Notifications. */
    public Notifications notifications() {
        return notifications;
    }
}
