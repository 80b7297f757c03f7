package org.unionhall.application.election;

import org.unionhall.testsupport.TestDatabase;

/** A motion decided by secret ballot, on H2. */
class H2SecretBallotMotionTest extends SecretBallotMotionContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
