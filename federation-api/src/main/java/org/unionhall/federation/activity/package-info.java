/**
 * What crosses between installations: actors ({@link org.unionhall.federation.activity.Group},
 * {@link org.unionhall.federation.activity.Application}), activities
 * ({@link org.unionhall.federation.activity.Activity}: Follow, Accept, Reject, Undo, Create,
 * Update, Delete, Announce as FEP-1b12 uses it), objects for the wider Fediverse
 * ({@link org.unionhall.federation.activity.Note}, {@link org.unionhall.federation.activity.Question})
 * and the federation's own records (motions, roll-call votes, certified membership counts,
 * election records, ledger checkpoints, assembly results). Every record checks itself when it is
 * made, so an invalid one can neither be built nor read; {@link org.unionhall.federation.activity.Messages}
 * reads and writes whole documents.
 */
package org.unionhall.federation.activity;
