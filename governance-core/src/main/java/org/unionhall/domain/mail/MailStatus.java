package org.unionhall.domain.mail;

/** Where a mail stands in the outbox. */
public enum MailStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** The mail server accepted it. */
    SENT,
    /** No mail server is configured (the demo): kept for the operator to read, never sent. */
    KEPT,
    /** Refused for good, or not delivered within {@link DeliveryPolicy#GIVE_UP_AFTER}; the reason is recorded. */
    GIVEN_UP
}
