package org.unionhall.web.process;

/**
 * Which of failsafe's forks this JVM is: the integration tests run in two JVMs at once (web/pom.xml
 * sets {@code unionhall.test.fork} to {@code 0${surefire.forkNumber}}, 01 or 02), and each fork takes
 * loopback ports from a range of its own. Outside failsafe, for instance in an IDE, it is fork 1. A
 * value that is not a fork number stops the test: two forks that both took the first range would
 * hand the same ports to servers started side by side.
 */
public final class TestFork {
    /**
     * How far apart the port ranges of two forks are: fork 1 has 18100–18199 for the process tests
     * and 18200–18299 for the cluster test, fork 2 has 18300–18499 for the same.
     */
    private static final int SPACING = 200;

    private TestFork() {
    }

    /** This fork's number, from 1. */
    public static int number() {
        String value = System.getProperty("unionhall.test.fork");
        if (value == null) {
            return 1;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalStateException("unionhall.test.fork is '" + value + "', not a fork number from 1");
    }

    /** The first port of this fork's copy of a range whose first fork starts at {@code base}. */
    public static int portBase(int base) {
        return base + SPACING * (number() - 1);
    }
}
