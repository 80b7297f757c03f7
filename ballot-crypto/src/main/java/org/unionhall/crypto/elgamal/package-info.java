/**
 * Exponential ElGamal on P-256 (protocol §4): encryption of small integers, homomorphic
 * addition and weighted aggregation.
 */
package org.unionhall.crypto.elgamal;
