package org.unionhall.application.election;

import org.unionhall.testsupport.TestDatabase;

/** Motions whose secret ballot was cancelled end and are told on PostgreSQL (from {@code ./unionhall test}). */
class PostgresCancelledBallotsTest extends CancelledBallotsContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
