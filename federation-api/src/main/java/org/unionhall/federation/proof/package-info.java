/**
 * Object integrity proofs (FEP-8b32) with the {@code eddsa-jcs-2022} cryptosuite of W3C Data
 * Integrity EdDSA Cryptosuites v1.0 (§3.3): a signed object carries a
 * {@link org.unionhall.federation.proof.DataIntegrityProof} that anyone holding its controller's
 * Multikey (FEP-521a) can check, whichever server relayed it.
 */
package org.unionhall.federation.proof;
