package org.unionhall.application;

import org.unionhall.testsupport.TestDatabase;

/** The application services on H2. */
class H2ServicesTest extends ServicesContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
