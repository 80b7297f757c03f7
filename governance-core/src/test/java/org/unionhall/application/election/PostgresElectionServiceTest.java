package org.unionhall.application.election;

import org.unionhall.testsupport.TestDatabase;

/** Secret member ballots on PostgreSQL (from {@code ./unionhall test}). */
class PostgresElectionServiceTest extends ElectionServiceContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
