package org.unionhall.application.motion;

import java.time.Instant;

/**
 * One line of a motion's history.
 *
 * @param at when
 * @param actorName who (empty when a rule or the count did it)
 * @param what what happened
 */
public record MotionEventView(Instant at, String actorName, String what) {
}
