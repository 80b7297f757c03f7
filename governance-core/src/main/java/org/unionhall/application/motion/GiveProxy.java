package org.unionhall.application.motion;

import java.time.LocalDate;
import java.util.Optional;
import org.unionhall.domain.congress.ProxyScope;

/**
 * A delegate gives another delegate a proxy.
 *
 * @param holderId the delegate who will cast the weight
 * @param scope one vote or one congress session
 * @param motionId the motion, for a one-vote proxy
 * @param sessionDay the day, for a session proxy
 */
public record GiveProxy(String holderId, ProxyScope scope, Optional<String> motionId, Optional<LocalDate> sessionDay) {
}
