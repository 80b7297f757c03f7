/**
 * Trustees, t of n (protocol §6): the key ceremony with Feldman-verifiable shares encrypted to
 * their recipients, attributable complaints, the joint key, and threshold decryption with
 * Lagrange coefficients. Every exchange is a message record that a server only relays; a
 * trustee's secret never leaves its {@link org.unionhall.crypto.trustee.Trustee} object.
 */
package org.unionhall.crypto.trustee;
