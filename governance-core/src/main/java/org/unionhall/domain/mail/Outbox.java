package org.unionhall.domain.mail;

import java.util.List;
import java.util.Optional;

/**
 * Where outgoing mail waits. A service adds a mail in its own transaction, so the mail exists if
 * and only if the change that caused it was committed; the sender in {@code infrastructure.mail}
 * takes it from there.
 */
public interface Outbox {

    /** Writes a mail to be sent. */
    void add(OutgoingMail mail);

    /** One mail by its id. */
    Optional<OutgoingMail> find(String id);

    /** Mails in the given status, newest first. */
    List<OutgoingMail> withStatus(MailStatus status, int offset, int limit);

    /** How many mails are in the given status. */
    long countWithStatus(MailStatus status);
}
