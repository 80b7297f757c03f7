package org.unionhall.application.motion;

import org.unionhall.domain.motion.ElectionMethod;
import org.unionhall.domain.motion.MotionScope;

/**
 * A member calls an officer election (a motion of kind {@code OFFICER_ELECTION}).
 *
 * @param scope chapter, union or federation
 * @param scopeSlug its short name
 * @param office the office to fill, e.g. "Treasurer"
 * @param text what the office does and the term
 * @param method how the votes are counted
 * @param seats how many are elected (1 unless k-seat approval)
 */
public record CallElection(MotionScope scope, String scopeSlug, String office, String text, ElectionMethod method,
                           int seats) {
}
