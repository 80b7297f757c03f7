package org.unionhall.application.mail;

import java.time.Instant;
import org.unionhall.domain.mail.MailCategory;
import org.unionhall.domain.mail.MailStatus;

/**
 * One mail of the outbox as the operator sees it.
 *
 * @param id its id (the left part of its Message-ID)
 * @param recipient the address it goes to
 * @param subject its subject
 * @param body its text (empty once sent or given up)
 * @param category security mail or a notification
 * @param status where it stands
 * @param createdAt when it was written
 * @param attempts how many times sending it was tried
 * @param lastFailure why the last attempt failed or why it was given up, or null
 */
public record OutgoingMailView(String id, String recipient, String subject, String body, MailCategory category,
                               MailStatus status, Instant createdAt, int attempts, String lastFailure) {
}
