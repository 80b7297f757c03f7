package org.unionhall.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.unionhall.application.Page;
import org.unionhall.domain.mail.MailStatus;
import org.unionhall.domain.mail.Outbox;
import org.unionhall.domain.mail.OutgoingMail;

/**
 * What the outbox holds, newest first: above all the mail kept instead of sent when no mail
 * server is configured, which the operator's page lists (with the links in it, so the demo can
 * be used without mail). It reads mail addressed to anyone, so only a service that has checked
 * that the caller is the installation's operator may call it; it takes no actor because Unionhall
 * has no operator power yet for it to check.
 */
@ApplicationScoped
@Transactional
public class OutboxQueries {
    private Outbox outbox;

    /** For CDI's proxy. */
    protected OutboxQueries() {
    }

    /** @param outbox the outbox */
    @Inject
    public OutboxQueries(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The mails in the given status, a page at a time ({@code page} from 0, {@code size} 1–100). */
    public Page<OutgoingMailView> withStatus(MailStatus status, int page, int size) {
        Page.checkRequest(page, size);
        List<OutgoingMailView> items = outbox.withStatus(status, page * size, size).stream()
                .map(OutboxQueries::view).toList();
        return new Page<>(items, page, size, outbox.countWithStatus(status));
    }

    /** The mail kept instead of sent, because no mail server is configured. */
    public Page<OutgoingMailView> kept(int page, int size) {
        return withStatus(MailStatus.KEPT, page, size);
    }

    private static OutgoingMailView view(OutgoingMail m) {
        return new OutgoingMailView(m.id(), m.recipient(), m.subject(), m.body(), m.category(), m.status(),
                m.createdAt(), m.attempts(), m.lastFailure().orElse(null));
    }
}
