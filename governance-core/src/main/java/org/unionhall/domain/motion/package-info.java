/**
 * Motions and their workflow: draft → submitted → seconded → open for amendments → scheduled →
 * voting → carried / failed, or withdrawn by the proposer (or lapsed for want of seconds).
 * Amendments are motions of kind {@code AMENDMENT} attached to another motion and decided before
 * it. Every step is kept in the motion's history. Officer elections gather {@link
 * org.unionhall.domain.motion.Nomination}s before they are scheduled.
 */
package org.unionhall.domain.motion;
