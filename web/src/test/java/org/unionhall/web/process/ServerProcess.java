package org.unionhall.web.process;

import java.io.IOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running Unionhall server: the microbundle in a JVM of its own, as {@code ./unionhall start}
 * runs it. Ready means two healthy answers in a row (a fresh Payara can answer 503 for a moment
 * after its first 200); {@link #kill9()} ends it the way a crash does, with {@code SIGKILL}.
 */
public final class ServerProcess implements AutoCloseable {
    /**
     * The JVM option the servers of the process tests run with: only the quick first compiler (C1).
     * The crash test starts ten servers and each lives for seconds, and on two cores the optimising
     * compiler's work while a server starts is most of the start's CPU time (measured on the
     * microbundle with the demo data: 79 CPU seconds to ready and 30 requests by default, 36 with
     * this option). What the server does is the same, but its hot code runs slower: an Argon2
     * password hash takes 115 ms of CPU instead of 58. So the Arquillian servers and the cluster
     * test's nodes keep the default, since SignInIT and ClusterFailoverIT check that a guess comes
     * within the one-second wait after five failures, which slower sign-ins make fragile.
     */
    public static final String QUICK_START = "-XX:TieredStopAtLevel=1";
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);
    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ServerProcess start(List<String> command, java.util.Map<String, String> environment, Path workDir,
                               int port, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ServerProcess(builder.start(), port, log);
    }

    /** The application's base URL. */
    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The operating system's process id. */
    public long pid() {
        return process.pid();
    }

    /** Waits until the database is migrated and the REST API answers, twice in a row. */
    public ServerProcess awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        int upInARow = 0;
        while (upInARow < 2) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server ended with " + process.exitValue() + " before it was ready; "
                        + "log " + log + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server was not ready within " + READY_WITHIN + "; log " + log
                        + ":\n" + tail());
            }
            boolean up = status("health/ready") == 200 && status("api/v1/me") == 401;
            upInARow = up ? upInARow + 1 : 0;
            Thread.sleep(up ? 100 : 250);
        }
        return this;
    }

    /** The body of {@code /health/ready}. */
    public String readiness() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url() + "health/ready")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private int status(String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException refused) {
            return -1;
        } catch (IOException e) {
            return -2;
        }
    }

    /** Kills the server with SIGKILL, as a crash or an out-of-memory killer would, and waits until it is gone. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server " + process.pid() + " survived SIGKILL");
        }
    }

    /** Kills the server with SIGKILL without waiting for it: a start that failed leaves nothing running. */
    void abandon() {
        process.destroyForcibly();
    }

    /** Stops the server as an operator does (SIGTERM), and kills it if it does not end within a minute. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill9();
        }
    }

    /** The end of the server's log, for a failure message. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
