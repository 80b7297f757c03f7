package org.unionhall.application.election;

import org.unionhall.testsupport.TestDatabase;

/** Issue 4's abuse cases on H2. */
class H2AbuseTest extends AbuseContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
