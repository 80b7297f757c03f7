package org.unionhall.infrastructure.persistence;

import org.unionhall.testsupport.TestDatabase;

/** The stores and schema on PostgreSQL (from {@code ./unionhall test}). */
class PostgresRepositoryTest extends RepositoryContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
