/**
 * The origin-based security model (FEP-fe34) as one pure decision the inbox makes before it acts
 * on an activity: who may say what about which object, judged from origins (scheme, host, port),
 * the owner of the HTTP-signature key and object integrity proofs (FEP-8b32).
 */
package org.unionhall.federation.origin;
