/**
 * Reading the mail outbox: {@link org.unionhall.application.mail.OutboxQueries} lists the mail an
 * installation without a mail server kept instead of sending (the demo), for the operator's page.
 */
package org.unionhall.application.mail;
