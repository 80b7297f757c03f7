package org.unionhall.application.election;

import org.unionhall.testsupport.TestDatabase;

/** Secret member ballots on H2. */
class H2ElectionServiceTest extends ElectionServiceContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
