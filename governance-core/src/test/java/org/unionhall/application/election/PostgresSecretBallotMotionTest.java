package org.unionhall.application.election;

import org.unionhall.testsupport.TestDatabase;

/** A motion decided by secret ballot, on PostgreSQL (from {@code ./unionhall test}). */
class PostgresSecretBallotMotionTest extends SecretBallotMotionContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
