/**
 * ActivityPub for Unionhall (docs/federation.md): discovery (WebFinger, NodeInfo 2.1), the
 * instance actor and one {@code Group} actor per union, the signed inbox that applies an activity
 * once, the durable outbox and its delivery timer, and the public announcements a union posts to
 * its followers. The wire contract (JSON, HTTP signatures, origin rules) is {@code federation-api}'s;
 * what is kept is {@code governance-core}'s {@code domain.federation}. Every endpoint here is public
 * and decides for itself who may call it: reads are open, an inbox takes only verified signatures.
 */
package org.unionhall.web.federation;
