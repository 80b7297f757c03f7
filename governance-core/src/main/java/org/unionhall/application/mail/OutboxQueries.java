package org.unionhall.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.application.Stores;
import org.unionhall.domain.mail.MailStatus;
import org.unionhall.domain.mail.Outbox;
import org.unionhall.domain.mail.OutgoingMail;

/**
 * What the outbox holds, newest first: above all the mail kept instead of sent when no mail
 * server is configured, which the operator's page lists (with the links in it, so the demo can
 * be used without mail). It reads mail addressed to anyone, so only the installation's operator
 * may read it ({@link org.unionhall.domain.membership.Powers#requireOperator()}).
 */
@ApplicationScoped
@Transactional
public class OutboxQueries {
    private Outbox outbox;
    private Stores stores;

    /** For CDI's proxy. */
    protected OutboxQueries() {
    }

    /**
     * @param outbox the outbox
     * @param stores where the caller's powers are read
     */
    @Inject
    public OutboxQueries(Outbox outbox, Stores stores) {
        this.outbox = outbox;
        this.stores = stores;
    }

    /**
     * The mails in the given status, a page at a time ({@code page} from 0, {@code size} 1–100).
     *
     * @throws org.unionhall.domain.shared.AccessDenied when the actor is not the installation's operator
     */
    public Page<OutgoingMailView> withStatus(Actor actor, MailStatus status, int page, int size) {
        actor.powers(stores).requireOperator();
        Page.checkRequest(page, size);
        List<OutgoingMailView> items = outbox.withStatus(status, page * size, size).stream()
                .map(OutboxQueries::view).toList();
        return new Page<>(items, page, size, outbox.countWithStatus(status));
    }

    /** The mail kept instead of sent, because no mail server is configured; for the operator only. */
    public Page<OutgoingMailView> kept(Actor actor, int page, int size) {
        return withStatus(actor, MailStatus.KEPT, page, size);
    }

    private static OutgoingMailView view(OutgoingMail m) {
        return new OutgoingMailView(m.id(), m.recipient(), m.subject(), m.body(), m.category(), m.status(),
                m.createdAt(), m.attempts(), m.lastFailure().orElse(null));
    }
}
