package org.unionhall.application;

import org.unionhall.testsupport.TestDatabase;

/** The application services on PostgreSQL (from {@code ./unionhall test}). */
class PostgresServicesTest extends ServicesContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
