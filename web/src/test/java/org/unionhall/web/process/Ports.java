package org.unionhall.web.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Free loopback ports for the servers a test starts, from one fixed range so that tests on a
 * shared machine stay out of the way of everything else; a port handed out once is not handed out
 * again in this JVM, as a killed server's port may still look free. The integration tests run in
 * two JVMs side by side (failsafe's forks, see {@link TestFork}), and each fork has a range of its
 * own: 18100–18199 in the first, 18300–18399 in the second, so that two forks never hand out the
 * same port while a server is still starting on it.
 */
public final class Ports {
    private static final int FIRST = TestFork.portBase(18100);
    private static final int LAST = FIRST + 99;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    public static int free() {
        for (int port = FIRST; port <= LAST; port++) {
            if (!GIVEN.contains(port) && bindable(port) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FIRST + " and " + LAST);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
