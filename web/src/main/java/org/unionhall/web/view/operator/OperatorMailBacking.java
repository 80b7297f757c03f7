package org.unionhall.web.view.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unionhall.application.Page;
import org.unionhall.application.mail.OutboxQueries;
import org.unionhall.application.mail.OutgoingMailView;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/**
 * The operator's page of kept mail: what would have been sent while no mail server is configured
 * (the demo), newest first, {@value #SIZE} a page, with its whole text, so that links in it can be
 * followed. Anyone but the installation's operator gets the 403 page.
 */
@Named
@RequestScoped
public class OperatorMailBacking {
    /** Mails a page. */
    static final int SIZE = 20;

    @Inject
    private OutboxQueries outbox;

    @Inject
    private CurrentActor member;

    private int page;
    private Page<OutgoingMailView> mail;

    /** Loads the page asked for. */
    public void load() {
        Pages.load(() -> outbox.kept(member.actor(), Math.max(0, page), SIZE)).ifPresent(found -> mail = found);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** The page of mail, or null when refused. */
    public Page<OutgoingMailView> getMail() {
        return mail;
    }
}
