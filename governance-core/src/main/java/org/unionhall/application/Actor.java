package org.unionhall.application;

import java.util.Objects;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Powers;
import org.unionhall.domain.membership.SecondFactor;
import org.unionhall.domain.shared.AccessDenied;

/**
 * The signed-in member on whose behalf a service is called, with their {@link Powers}. The web
 * layer builds one per request from the Jakarta Security caller principal (whose name is the
 * member id) and passes it to every service call of that request; the powers are read from the
 * member's memberships and mandates (and whether their account is the installation's operator) the
 * first time a service asks, and kept for the rest of the request. The actor also says whether
 * the session gave a second factor, on which officers' powers depend.
 */
public final class Actor {
    private final MemberId memberId;
    private final SecondFactor secondFactor;
    private Powers powers;

    /**
     * An actor for whom the second factor is not in question (tests of other rules; a console).
     *
     * @param memberId never null
     */
    public Actor(MemberId memberId) {
        this(memberId, SecondFactor.NOT_REQUIRED);
    }

    /**
     * @param memberId never null
     * @param secondFactor whether this session gave a second factor
     */
    public Actor(MemberId memberId, SecondFactor secondFactor) {
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.secondFactor = Objects.requireNonNull(secondFactor, "secondFactor");
    }

    /** Builds an actor from a caller principal name; a malformed one is an InvalidInput. */
    public static Actor of(String principalName, SecondFactor secondFactor) {
        return new Actor(MemberId.of(principalName), secondFactor);
    }

    /** Whether this session gave a second factor. */
    public SecondFactor secondFactor() {
        return secondFactor;
    }

    /** The member who acts. */
    public MemberId memberId() {
        return memberId;
    }

    /**
     * What the member may do, worked out once (an account that no longer exists is refused).
     *
     * @param stores where memberships and mandates are read, on the first call only
     */
    public Powers powers(Stores stores) {
        if (powers == null) {
            powers = stores.members().powers(memberId, stores.time().today()).orElseThrow(() ->
                    new AccessDenied("Your account is not known here; please sign in again."))
                    .withSecondFactor(secondFactor);
        }
        return powers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor other && other.memberId.equals(memberId);
    }

    @Override
    public int hashCode() {
        return memberId.hashCode();
    }

    @Override
    public String toString() {
        return "Actor[" + memberId + "]";
    }
}
