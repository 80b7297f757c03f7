package org.unionhall.infrastructure.persistence;

import java.util.List;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.Session;
import org.unionhall.domain.membership.Membership;

/**
 * Raises a chapter's {@code roster_stamp} in the same transaction as every write of one of its
 * memberships: an admission, a status change (suspension, restoration, lapse, leaving, joining
 * again) or a new sort name, whichever service or repository makes it. {@link Rosters} keeps
 * a chapter's member list in memory only while the stamp is unchanged, so no cached list outlives
 * a change, on this node or another one that shares the database. Registered with EclipseLink
 * through {@code eclipselink.session.customizer} in persistence.xml, so every persistence unit
 * that maps {@link Membership} (the container's and the tests') has it.
 */
public class RosterStamps implements SessionCustomizer {
    private static final String RAISE = "UPDATE chapter SET roster_stamp = roster_stamp + 1 WHERE id = #CHAPTER";

    @Override
    public void customize(Session session) {
        session.getDescriptor(Membership.class).getEventManager().addListener(new DescriptorEventAdapter() {
            @Override
            public void postInsert(DescriptorEvent event) {
                raise(event);
            }

            @Override
            public void postUpdate(DescriptorEvent event) {
                raise(event);
            }

            @Override
            public void postDelete(DescriptorEvent event) {
                raise(event);
            }
        });
    }

    /** Raises the stamp of the written membership's chapter, on the connection and in the transaction of the write. */
    private static void raise(DescriptorEvent event) {
        DataModifyQuery raise = new DataModifyQuery(new SQLCall(RAISE));
        raise.addArgument("CHAPTER");
        event.getSession().executeQuery(raise, List.of(((Membership) event.getSource()).chapterId().toString()));
    }
}
