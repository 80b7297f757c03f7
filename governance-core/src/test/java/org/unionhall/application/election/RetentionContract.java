package org.unionhall.application.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionhall.application.DefaultDirectoryService;
import org.unionhall.application.DefaultMembershipService;
import org.unionhall.application.DefaultRetentionService;
import org.unionhall.application.JoinRequestView;
import org.unionhall.application.TimeSource;
import org.unionhall.domain.bylaws.MotionKind;
import org.unionhall.domain.membership.JoinRequestId;
import org.unionhall.domain.privacy.Retention;
import org.unionhall.infrastructure.persistence.JpaPersonalData;
import org.unionhall.testsupport.TestDatabase;

/**
 * The retention job, run day by day over a union's data on H2 and on PostgreSQL: notifications go
 * after 90 days, declined join requests six months after the decision, the lines of who read a
 * record after a year; nothing goes a day early, and pending join requests, memberships and the
 * audit trail stay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class RetentionContract {
    static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

    UnionWorld w;
    DefaultRetentionService retention;

    /** The database the contract runs on: every test runs on H2 and on PostgreSQL. */
    @Parameter
    TestDatabase.Kind database;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void found() {
        w = new UnionWorld(database, START);
        retention = new DefaultRetentionService(new JpaPersonalData(w.db.em()), new TimeSource(w.clock));
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void close() {
        w.close();
    }

    @Test
    void eachKindOfDataIsDeletedWhenItsPeriodIsOverAndNotBefore() throws SQLException {
        DefaultMembershipService membership = new DefaultMembershipService(w.stores);
        w.seconded(MotionKind.GENERAL, "Ask for a moderation budget");
        JoinRequestView declined = w.call(() -> membership.requestToJoin(w.a("s3"), UnionWorld.NORTH,
                "Please let me in"));
        w.call(() -> membership.decline(w.a("stella"), JoinRequestId.of(declined.id()), "Not this year"));
        w.call(() -> membership.requestToJoin(w.a("s4"), UnionWorld.NORTH, "Still waiting"));
        w.call(() -> new DefaultDirectoryService(w.stores).members(w.a("stella"), UnionWorld.NORTH, 0, 50,
                Optional.empty()));
        long notifications = count("notification");
        long accesses = count("record_access");
        long audit = count("audit_entry");
        assertTrue(notifications >= 10, "submitting a motion told the union's members: " + notifications);
        assertTrue(accesses >= 9, "the steward's roll read is recorded per member: " + accesses);
        assertEquals(2, count("join_request"));

        assertEquals(Map.of(Retention.NOTIFICATIONS, 0, Retention.DECLINED_JOIN_REQUESTS, 0, Retention.RECORD_ACCESS, 0,
                Retention.UNCONFIRMED_SIGN_UPS, 0, Retention.SETTLED_INVITATIONS, 0), forgetAt(Duration.ofDays(89)));
        assertEquals(notifications, count("notification"));

        assertEquals(Map.of(Retention.NOTIFICATIONS, (int) notifications, Retention.DECLINED_JOIN_REQUESTS, 0,
                Retention.RECORD_ACCESS, 0, Retention.UNCONFIRMED_SIGN_UPS, 0, Retention.SETTLED_INVITATIONS, 0),
                forgetAt(Duration.ofDays(91)));
        assertEquals(0, count("notification"));

        assertEquals(0, forgetAt(Duration.ofDays(182)).get(Retention.DECLINED_JOIN_REQUESTS));
        assertEquals(1, forgetAt(Duration.ofDays(184)).get(Retention.DECLINED_JOIN_REQUESTS));
        assertEquals(1, count("join_request"), "the pending request stays");

        assertEquals(0, forgetAt(Duration.ofDays(364)).get(Retention.RECORD_ACCESS));
        assertEquals((int) accesses, forgetAt(Duration.ofDays(366)).get(Retention.RECORD_ACCESS));
        assertEquals(0, count("record_access"));

        assertEquals(audit, count("audit_entry"), "the audit trail is a record of the union and stays");
        assertEquals(14, count("membership"));
        assertEquals(Map.of(Retention.NOTIFICATIONS, 0, Retention.DECLINED_JOIN_REQUESTS, 0, Retention.RECORD_ACCESS, 0,
                Retention.UNCONFIRMED_SIGN_UPS, 0, Retention.SETTLED_INVITATIONS, 0), forgetAt(Duration.ofDays(366)),
                "a second run finds nothing more");
    }

    private Map<Retention, Integer> forgetAt(Duration after) {
        w.clock.set(START.plus(after));
        return w.call(retention::forgetExpired);
    }

    private long count(String table) throws SQLException {
        try (Connection c = w.db.jdbc(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
