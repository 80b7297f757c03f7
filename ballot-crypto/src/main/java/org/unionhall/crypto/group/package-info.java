/**
 * The group: NIST P-256 through Bouncy Castle's custom curve arithmetic (protocol §2). Every
 * element and scalar is validated where it enters; fixed-base tables make multiplications by
 * the generator and the election key cheap.
 */
package org.unionhall.crypto.group;
