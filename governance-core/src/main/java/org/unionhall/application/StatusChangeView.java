package org.unionhall.application;

import java.time.Instant;
import org.unionhall.domain.membership.MembershipStatus;

/**
 * One step in a membership's history.
 *
 * @param status the status from this moment on
 * @param at when
 * @param reason why, as the steward or member wrote it
 */
public record StatusChangeView(MembershipStatus status, Instant at, String reason) {
}
