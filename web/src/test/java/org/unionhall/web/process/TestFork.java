package org.unionhall.web.process;

/**
 * Which of failsafe's forks this JVM is: the integration tests run in two JVMs at once (web/pom.xml
 * sets {@code unionhall.test.fork} to {@code ${surefire.forkNumber}}, 1 or 2), and each fork takes
 * loopback ports from a range of its own. Outside failsafe, for instance in an IDE, it is fork 1.
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
        String value = System.getProperty("unionhall.test.fork", "1");
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The first port of this fork's copy of a range whose first fork starts at {@code base}. */
    public static int portBase(int base) {
        return base + SPACING * (number() - 1);
    }
}
