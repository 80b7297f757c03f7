package org.unionhall.application.election;

import org.unionhall.testsupport.TestDatabase;

/** Notifications of secret ballots and congress votes on H2. */
class H2BallotNotificationsTest extends BallotNotificationsContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
