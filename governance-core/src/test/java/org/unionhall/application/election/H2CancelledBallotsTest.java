package org.unionhall.application.election;

import org.unionhall.testsupport.TestDatabase;

/** Motions whose secret ballot was cancelled end and are told on H2. */
class H2CancelledBallotsTest extends CancelledBallotsContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
