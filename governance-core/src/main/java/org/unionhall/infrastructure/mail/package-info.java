/**
 * Delivering the outbox: {@link org.unionhall.infrastructure.mail.OutboxSender} sends due mail
 * over SMTP with Jakarta Mail (as Payara ships it) under the operator's {@code unionhall.mail.*}
 * settings ({@link org.unionhall.infrastructure.mail.SmtpSettings}), and
 * {@link org.unionhall.infrastructure.mail.MailTimer} runs it on one node of a cluster at a time.
 */
package org.unionhall.infrastructure.mail;
