package org.unionhall.federation.signature;

/** The two ways a request can be signed; the delivery client remembers per peer which one worked. */
public enum SignatureStyle {
    /** draft-cavage-http-signatures-12 as Mastodon and most of the Fediverse use it today. */
    CAVAGE_12,
    /** RFC 9421 HTTP Message Signatures, with an RFC 9530 {@code Content-Digest}. */
    RFC_9421
}
