/**
 * HTTP message signatures between installations and other Fediverse servers: draft-cavage-12 as
 * Mastodon uses it and RFC 9421 (HTTP Message Signatures) with RFC 9530 {@code Content-Digest}.
 * One verifier ({@link org.unionhall.federation.signature.SignatureVerifier}) applies the same
 * policy to both forms and names the key that signed; one signer
 * ({@link org.unionhall.federation.signature.RequestSigner}) produces the headers of an outbound
 * request in either style. Messages are a neutral model the web layer fills from its own requests
 * (the target URI as the client addressed it, the Host as received); key look-up is the caller's.
 *
 * <p>Where each part of the specifications lives:
 * <ul>
 * <li>RFC 9421 §2.1–2.2 (components), §2.5 (signature base), §3.2 (verifying), §4 (fields):
 *     {@code MessageSignatures}, fields read and written by the structured-fields library;</li>
 * <li>RFC 9421 §3.3 (algorithms): {@link org.unionhall.federation.signature.SignatureAlgorithm};</li>
 * <li>draft-cavage-http-signatures-12 §2 (parameters, signing string) as Mastodon applies it:
 *     {@code CavageSignatures};</li>
 * <li>RFC 9530 {@code Content-Digest} and RFC 3230 {@code Digest}:
 *     {@link org.unionhall.federation.signature.BodyDigests};</li>
 * <li>the inbox's policy (coverage, 12-hour window, digest of a body):
 *     {@link org.unionhall.federation.signature.VerificationPolicy}.</li>
 * </ul>
 */
package org.unionhall.federation.signature;
