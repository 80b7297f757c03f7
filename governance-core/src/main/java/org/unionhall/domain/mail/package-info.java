/**
 * Mail to people: the {@link org.unionhall.domain.mail.OutgoingMail} every message starts as, the
 * {@link org.unionhall.domain.mail.Outbox} it is written to in the transaction of the change that
 * causes it, and the {@link org.unionhall.domain.mail.DeliveryPolicy} that says when a mail the
 * server did not take is tried again and when it is given up.
 */
package org.unionhall.domain.mail;
