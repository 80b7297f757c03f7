/**
 * Tests that run Unionhall as the operator does, as separate processes: the microbundle started
 * with its own data folder and port, killed with {@code kill -9}, restarted on the same data,
 * backed up and restored. {@link org.unionhall.web.process.Installation} and
 * {@link org.unionhall.web.process.ServerProcess} are the harness; the other classes drive the
 * REST API as members do.
 */
package org.unionhall.web.process;
