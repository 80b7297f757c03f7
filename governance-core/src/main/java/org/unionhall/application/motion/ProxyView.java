package org.unionhall.application.motion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.unionhall.domain.congress.ProxyScope;

/**
 * A proxy between two delegates.
 *
 * @param id its id
 * @param giverId who gave it
 * @param giverName their name
 * @param holderId who holds it
 * @param holderName their name
 * @param scope one vote or one session
 * @param motionId the motion, for a one-vote proxy
 * @param motionTitle its title
 * @param sessionDay the day, for a session proxy
 * @param givenAt when
 * @param revokedAt when it was revoked
 */
public record ProxyView(String id, String giverId, String giverName, String holderId, String holderName,
                        ProxyScope scope, Optional<String> motionId, Optional<String> motionTitle,
                        Optional<LocalDate> sessionDay, Instant givenAt, Optional<Instant> revokedAt) {

    /** Whether it still stands. */
    public boolean active() {
        return revokedAt.isEmpty();
    }
}
