/**
 * Timers: motions' deadlines, openings, closings and quorum warnings; retention; the ledgers'
 * expiring reservations and scheduled checkpoints. Each tick runs on one node of a cluster
 * ({@link org.unionhall.infrastructure.schedule.TimerLease}).
 */
package org.unionhall.infrastructure.schedule;
