package org.unionhall.web.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One installation of Unionhall on this machine: a data folder and a database (the embedded H2
 * file database under the folder, or a PostgreSQL database), started as often as a test needs on
 * the same data, with the demo federation seeded on the first start (or without it, as a new
 * installation's first run). Each start gets a fresh
 * Payara folder, as {@code ./unionhall start} does (a reused one would redeploy stale caches);
 * the members' data lives only in the database.
 */
public final class Installation {
    private static final Path BUNDLE = Path.of("target", "unionhall-microbundle.jar").toAbsolutePath();
    private final Path dir;
    private final Map<String, String> environment;
    private final int port = Ports.free();
    private int starts;

    private Installation(Path dir, Map<String, String> environment) {
        this.dir = dir;
        this.environment = environment;
    }

    /**
     * The embedded default: an H2 file database under {@code dir/db}, as the launcher configures it
     * (with H2's automatic server, on a port of the test range, so a backup can reach it while it runs).
     */
    public static Installation h2(Path dir) {
        return new Installation(dir, Map.of(
                "UNIONHALL_DB_URL", "jdbc:h2:file:" + dir.resolve("db").resolve("unionhall").toAbsolutePath()
                        + ";AUTO_SERVER=TRUE;AUTO_SERVER_PORT=" + Ports.free(),
                "UNIONHALL_DB_USER", "unionhall",
                "UNIONHALL_DB_PASSWORD", "unionhall"));
    }

    /** An installation on its own PostgreSQL database. */
    public static Installation postgres(Path dir, TestPostgres.Database database) {
        return new Installation(dir, Map.of(
                "UNIONHALL_DB_URL", database.url(),
                "UNIONHALL_DB_USER", database.user(),
                "UNIONHALL_DB_PASSWORD", database.password()));
    }

    /** The data folder. */
    public Path dir() {
        return dir;
    }

    /**
     * The environment an operator's shell would have for this installation: the database settings
     * and the data folder, as {@code ./unionhall} reads them.
     */
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(environment);
        env.put("UNIONHALL_DATA_DIR", dir.toAbsolutePath().toString());
        env.put("UNIONHALL_PORT", Integer.toString(port));
        return env;
    }

    /** Starts the server on this installation's data and waits until it is ready. */
    public ServerProcess start() throws IOException, InterruptedException {
        return start(Map.of("UNIONHALL_DEMO", "true"));
    }

    /** Starts the server with the demo data and more of the operator's settings (federation, say). */
    public ServerProcess startWithDemo(Map<String, String> settings) throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(settings);
        all.put("UNIONHALL_DEMO", "true");
        return start(all);
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /**
     * Starts the server as {@code ./unionhall start} does, without demo data and telling it the
     * port it serves (for the setup link it prints), and waits until it is ready.
     */
    public ServerProcess startWithoutDemo() throws IOException, InterruptedException {
        return startWithoutDemo(Map.of());
    }

    /** The same with more of the operator's settings (a mail server, say). */
    public ServerProcess startWithoutDemo(Map<String, String> settings) throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(settings);
        all.put("UNIONHALL_DEMO", "false");
        all.put("UNIONHALL_HTTP_PORT", Integer.toString(port));
        return start(all);
    }

    /** The server's console output of the last start. */
    public Path lastLog() {
        return dir.resolve("server-" + starts + ".log");
    }

    private ServerProcess start(Map<String, String> settings) throws IOException, InterruptedException {
        if (!Files.isRegularFile(BUNDLE)) {
            throw new IllegalStateException(BUNDLE + " is missing; the package phase builds it");
        }
        starts++;
        Path root = Files.createDirectories(dir.resolve("payara-" + starts));
        Map<String, String> env = environment();
        env.putAll(settings);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ServerProcess server = ServerProcess.start(List.of(java, "-Xmx768m", ServerProcess.QUICK_START, "-jar",
                        BUNDLE.toString(), "--port", Integer.toString(port), "--rootDir", root.toString(), "--nocluster",
                        "--contextroot", "/"),
                env, Files.createDirectories(dir), port, lastLog());
        try {
            return server.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException notReady) {
            // A server that never became ready is stopped here: nobody else holds it to close it,
            // and left running it would slow every test after this one.
            server.abandon();
            throw notReady;
        }
    }
}
