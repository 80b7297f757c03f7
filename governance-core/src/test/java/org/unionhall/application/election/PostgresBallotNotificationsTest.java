package org.unionhall.application.election;

import org.unionhall.testsupport.TestDatabase;

/** Notifications of secret ballots and congress votes on PostgreSQL (from {@code ./unionhall test}). */
class PostgresBallotNotificationsTest extends BallotNotificationsContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
