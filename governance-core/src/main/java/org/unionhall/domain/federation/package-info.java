/**
 * Federation over ActivityPub as this installation keeps it: its actors' keys, who follows each
 * union, which activities arrived (so one is applied once), the durable outbox of deliveries with
 * its retry rules, which signature style each peer answered to, and which hosts the operator
 * federates with. The wire format (JSON, HTTP signatures) is the web module's, over
 * {@code federation-api}; nothing here knows it.
 */
package org.unionhall.domain.federation;
