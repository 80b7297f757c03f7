/**
 * The tally (protocol §9): which ballots count, the weighted homomorphic sum per option,
 * combination of partial decryptions with Lagrange coefficients, and discrete-log recovery.
 */
package org.unionhall.crypto.tally;
