/**
 * HTTP message signatures between installations and other Fediverse servers: draft-cavage-12 as
 * Mastodon uses it and RFC 9421 (HTTP Message Signatures) with RFC 9530 {@code Content-Digest}.
 * One verifier ({@link org.unionhall.federation.signature.SignatureVerifier}) applies the same
 * policy to both forms and names the key that signed; one signer
 * ({@link org.unionhall.federation.signature.RequestSigner}) produces the headers of an outbound
 * request in either style. Messages are a neutral model the web layer fills from its own requests;
 * key look-up is the caller's.
 */
package org.unionhall.federation.signature;
