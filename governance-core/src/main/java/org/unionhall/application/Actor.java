package org.unionhall.application;

import java.util.Objects;
import org.unionhall.domain.membership.MemberId;

/**
 * The signed-in member on whose behalf a service is called. The web layer builds it from the
 * Jakarta Security caller principal, whose name is the member id.
 *
 * @param memberId the member who acts
 */
public record Actor(MemberId memberId) {

    /** @param memberId never null */
    public Actor {
        Objects.requireNonNull(memberId, "memberId");
    }

    /** Builds an actor from a caller principal name; a malformed one is an InvalidInput. */
    public static Actor of(String principalName) {
        return new Actor(MemberId.of(principalName));
    }
}
