/**
 * Notifications shown to members in the application (and passed to the mail hook when an
 * operator configured one): a motion needs seconds, a vote opened, quorum at risk, a result.
 */
package org.unionhall.domain.notification;
