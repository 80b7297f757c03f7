/** Timers that move motions along: seconding deadlines, opening and closing votes, quorum warnings. */
package org.unionhall.infrastructure.schedule;
