package org.unionhall.application.motion;

import org.unionhall.testsupport.TestDatabase;

/** The motion services on H2. */
class H2MotionServicesTest extends MotionServicesContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
