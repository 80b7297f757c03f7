package org.unionhall.application.election;

import org.unionhall.testsupport.TestDatabase;

/** Issue 4's abuse cases on PostgreSQL (from {@code ./unionhall test}). */
class PostgresAbuseTest extends AbuseContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
