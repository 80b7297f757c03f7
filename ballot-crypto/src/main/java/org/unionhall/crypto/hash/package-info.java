/**
 * Hashing (protocol §3): SHA-256 and HMAC-SHA-256 over length-prefixed parts, each use with
 * its own domain-separation tag, and 128-bit Fiat–Shamir challenges.
 */
package org.unionhall.crypto.hash;
