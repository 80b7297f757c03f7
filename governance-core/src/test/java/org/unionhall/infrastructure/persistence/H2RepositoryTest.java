package org.unionhall.infrastructure.persistence;

import org.unionhall.testsupport.TestDatabase;

/** The stores and schema on H2. */
class H2RepositoryTest extends RepositoryContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
