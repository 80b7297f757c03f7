package org.unionhall.infrastructure.persistence;

import java.util.List;
import java.util.function.Consumer;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.Session;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.Membership;

/**
 * Raises the stamps that guard what {@link KeptReads} keeps, in the same transaction as every
 * write the kept reads depend on, whichever service or repository makes it:
 * <ul>
 *   <li>a chapter's {@code roster_stamp} (its member list, {@link Rosters}) on every write of one
 *   of its memberships (an admission, a status change, a new sort name) and of a mandate that can
 *   be held in it (one of the chapter's own, or one of its union's, which raises every chapter of
 *   the union);</li>
 *   <li>a member's {@code powers_stamp} (what they may do, {@link KeptPowers}) on every write of
 *   one of their memberships or mandates.</li>
 * </ul>
 * Chapters are always raised before members, so two transactions never wait for each other's
 * rows in opposite orders. Registered with EclipseLink through {@code eclipselink.session.customizer}
 * in persistence.xml, so every persistence unit that maps these entities (the container's and the
 * tests') has it.
 */
public class ReadStamps implements SessionCustomizer {
    private static final String CHAPTER = "UPDATE chapter SET roster_stamp = roster_stamp + 1 WHERE id = #KEY";
    private static final String UNION = "UPDATE chapter SET roster_stamp = roster_stamp + 1 WHERE union_id = #KEY";
    private static final String MEMBER = "UPDATE union_member SET powers_stamp = powers_stamp + 1 WHERE id = #KEY";

    @Override
    public void customize(Session session) {
        listen(session, Membership.class, event -> {
            Membership written = (Membership) event.getSource();
            raise(event, CHAPTER, written.chapterId().toString());
            raise(event, MEMBER, written.member().toString());
        });
        listen(session, Mandate.class, event -> {
            Mandate written = (Mandate) event.getSource();
            written.chapterId().ifPresentOrElse(chapter -> raise(event, CHAPTER, chapter.toString()),
                    () -> raise(event, UNION, written.unionId().toString()));
            raise(event, MEMBER, written.holder().toString());
        });
    }

    /** Calls {@code raising} after every insert, update and delete of the entity. */
    private static void listen(Session session, Class<?> entity, Consumer<DescriptorEvent> raising) {
        session.getDescriptor(entity).getEventManager().addListener(new DescriptorEventAdapter() {
            @Override
            public void postInsert(DescriptorEvent event) {
                raising.accept(event);
            }

            @Override
            public void postUpdate(DescriptorEvent event) {
                raising.accept(event);
            }

            @Override
            public void postDelete(DescriptorEvent event) {
                raising.accept(event);
            }
        });
    }

    /** Runs one raise on the connection and in the transaction of the write. */
    private static void raise(DescriptorEvent event, String sql, String key) {
        DataModifyQuery raise = new DataModifyQuery(new SQLCall(sql));
        raise.addArgument("KEY");
        event.getSession().executeQuery(raise, List.of(key));
    }
}
