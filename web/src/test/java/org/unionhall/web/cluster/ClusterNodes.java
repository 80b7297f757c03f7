package org.unionhall.web.cluster;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.unionhall.web.process.TestFork;

/**
 * Two Unionhall nodes clustered by Payara's Hazelcast on a fresh PostgreSQL database, behind
 * HAProxy configured by {@code scripts/cluster/haproxy.cfg}: real processes started from the
 * built microbundle, as docs/operator-guide.md tells an operator to run them. Ports are taken from
 * 18200–18299 (18400–18499 in failsafe's second fork); the cluster name is random, so the nodes
 * never join another data grid.
 */
final class ClusterNodes implements AutoCloseable {
    static final Path WEB = Path.of(System.getProperty("user.dir"));
    private static final Path BUNDLE = WEB.resolve("target/unionhall-microbundle.jar");
    private static final Set<Integer> TAKEN = ConcurrentHashMap.newKeySet();
    private static final Path PROXY_CONFIG = WEB.resolve("../scripts/cluster/haproxy.cfg").normalize();

    /** One Payara Micro process. */
    record Node(String name, int port, Process process, Path log) {
        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        long pid() {
            return process.pid();
        }
    }

    final String jdbcUrl;
    final String dbUser;
    final String dbPassword;
    final Node a;
    Node b;
    private final Path work;
    private final String cluster;
    private final int hazelcast;
    private final int portB;
    final int proxyPort;
    private final Process proxy;
    private final List<Process> started = new ArrayList<>();
    /** HTTP/1.1 only: an HTTP/2 upgrade would turn the proxy's connection into a tunnel, without its node cookie. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ClusterNodes(Path work) throws Exception {
        String base = System.getenv("UNIONHALL_TEST_PG_URL");
        dbUser = System.getenv("UNIONHALL_TEST_PG_USER");
        dbPassword = System.getenv().getOrDefault("UNIONHALL_TEST_PG_PASSWORD", "");
        if (base == null || base.isBlank() || dbUser == null) {
            fail("The cluster test needs the PostgreSQL that ./unionhall test starts (UNIONHALL_TEST_PG_URL, "
                    + "UNIONHALL_TEST_PG_USER, UNIONHALL_TEST_PG_PASSWORD).");
        }
        if (!Files.isRegularFile(BUNDLE)) {
            fail("No microbundle at " + BUNDLE + ": the package phase builds it before the integration tests.");
        }
        String haproxy = haproxy();
        String database = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base, dbUser, dbPassword); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        jdbcUrl = base.substring(0, base.lastIndexOf('/') + 1) + database;
        this.work = work;
        cluster = "unionhall-it-" + UUID.randomUUID().toString().substring(0, 8);
        hazelcast = freePort();
        a = node(work, "node-a", freePort(), hazelcast, cluster, true);
        int portB = freePort();
        proxyPort = freePort();
        ProcessBuilder proxyProcess = new ProcessBuilder(haproxy, "-f", PROXY_CONFIG.toString(), "-db")
                .redirectErrorStream(true).redirectOutput(work.resolve("haproxy.log").toFile());
        proxyProcess.environment().putAll(Map.of("UNIONHALL_PROXY_BIND", "127.0.0.1:" + proxyPort,
                "UNIONHALL_NODE_A", "127.0.0.1:" + a.port(), "UNIONHALL_NODE_B", "127.0.0.1:" + portB));
        proxy = start(proxyProcess);
        this.portB = portB;
    }

    private Node node(Path work, String name, int port, int hazelcast, String cluster, boolean demo) throws IOException {
        Path log = work.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", BUNDLE.toString(), "--port", Integer.toString(port),
                "--rootDir", work.resolve(name).toString(), "--contextroot", "/", "--name", name,
                "--clustername", cluster, "--clustermode", "tcpip:127.0.0.1:" + hazelcast,
                "--startport", Integer.toString(hazelcast), "--interfaces", "127.0.0.1", "--nohostaware")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("UNIONHALL_DB_URL", jdbcUrl);
        env.put("UNIONHALL_DB_USER", dbUser);
        env.put("UNIONHALL_DB_PASSWORD", dbPassword);
        // One node seeds the demo accounts; two seeding one empty database at once would race.
        env.put("UNIONHALL_DEMO", Boolean.toString(demo));
        // Both nodes are one installation, set up alike: the demo's officers act without a second factor.
        env.put("UNIONHALL_OFFICERS_NEED_TWO_FACTOR", "false");
        env.put("UNIONHALL_TRUSTED_PROXIES", "127.0.0.1");
        return new Node(name, port, start(pb), log);
    }

    private Process start(ProcessBuilder pb) throws IOException {
        Process p = pb.start();
        started.add(p);
        return p;
    }

    /**
     * Waits until both nodes serve the application, each log shows a data grid of two, and the
     * proxy sends requests to both.
     */
    void awaitClustered(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        awaitReady(a, deadline, within, false);
        // The second node starts once the first has migrated and seeded the database: two nodes
        // starting at once on an empty database left one of them unready in a trial.
        b = node(work, "node-b", portB, hazelcast, cluster, false);
        for (Node n : List.of(a, b)) {
            awaitReady(n, deadline, within, true);
        }
        awaitProxy(deadline, within);
    }

    private void awaitReady(Node n, long deadline, Duration within, boolean clustered) throws Exception {
        while (!(ready(n) && (!clustered || Files.readString(n.log()).contains("DG Size: 2")))) {
            if (!n.process().isAlive()) {
                fail(n.name() + " exited; see " + n.log());
            }
            if (System.nanoTime() > deadline) {
                fail(n.name() + " did not become ready" + (clustered ? " in a cluster of two" : "") + " within "
                        + within + "; see " + n.log());
            }
            Thread.sleep(500);
        }
    }

    private void awaitProxy(long deadline, Duration within) throws Exception {
        Set<String> reached = new java.util.HashSet<>();
        while (reached.size() < 2) {
            if (!proxy.isAlive()) {
                fail("HAProxy exited; see its log beside the nodes' logs");
            }
            if (System.nanoTime() > deadline) {
                fail("the proxy did not reach both nodes within " + within + ", only " + reached);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + proxyPort + "/login.xhtml")).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("UNIONHALL_NODE="))
                            .forEach(c -> reached.add(c.substring(15, c.indexOf(';'))));
                }
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
    }

    private boolean ready(Node n) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(n.uri("/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"database\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The node whose process the pid names, as the motion timer's lease holder ("pid@host") does. */
    Node byPid(long pid) {
        return a.pid() == pid ? a : b.pid() == pid ? b : null;
    }

    /** A plain connection to the nodes' database. */
    Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
    }

    /** kill -9: the node gets no chance to hand anything over. */
    static void killHard(Node n) throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(n.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            fail("kill -9 " + n.pid() + " failed");
        }
        n.process().waitFor();
    }

    private static String haproxy() {
        for (String dir : (System.getenv("PATH") + ":/usr/sbin:/usr/local/sbin").split(":")) {
            Path p = Path.of(dir, "haproxy");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        fail("HAProxy is missing: ./unionhall test installs it (apt-get install haproxy).");
        return null;
    }

    /**
     * A free loopback port in 18200–18299, the range set aside for these tests (18400–18499 in the
     * second of failsafe's forks, see {@link TestFork}).
     */
    private static int freePort() {
        int first = TestFork.portBase(18200);
        int offset = ThreadLocalRandom.current().nextInt(100);
        for (int i = 0; i < 100; i++) {
            int port = first + (offset + i) % 99;
            if (TAKEN.contains(port) || TAKEN.contains(port + 1)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress("127.0.0.1", port));
                try (ServerSocket next = new ServerSocket()) {
                    // Hazelcast may move the second node to the next port.
                    next.bind(new InetSocketAddress("127.0.0.1", port + 1));
                }
                TAKEN.add(port);
                TAKEN.add(port + 1);
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("No free port in " + first + "-" + (first + 99));
    }

    @Override
    public void close() throws Exception {
        for (Process p : started) {
            p.destroy();
        }
        for (Process p : started) {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }
}
