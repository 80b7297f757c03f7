/**
 * Zero-knowledge proofs, each with its producer and its checker (protocol §5): Schnorr proofs
 * of knowledge, disjunctive Chaum–Pedersen range proofs (0/1 selections, score ranges, contest
 * limits) and Chaum–Pedersen proofs of equal discrete logarithms (partial decryptions).
 * Challenges are 128-bit, computed by strong Fiat–Shamir over the whole statement.
 */
package org.unionhall.crypto.proof;
