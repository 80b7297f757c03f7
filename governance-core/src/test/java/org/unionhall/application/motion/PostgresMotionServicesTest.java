package org.unionhall.application.motion;

import org.unionhall.testsupport.TestDatabase;

/** The motion services on PostgreSQL (from {@code ./unionhall test}). */
class PostgresMotionServicesTest extends MotionServicesContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
