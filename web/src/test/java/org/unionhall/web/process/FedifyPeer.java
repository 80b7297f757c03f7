package org.unionhall.web.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The Fedify follower server of {@code src/test/fedify/follower.mjs}, run on Node 22 from the npm
 * package {@code node@22} under {@code target/fedify}: installing it (failing with npm's words when
 * that is impossible, never skipping), starting and stopping it, and reading what it received.
 */
final class FedifyPeer implements AutoCloseable {
    private static final Path FEDIFY = Path.of("target", "fedify").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process process;
    private final int port;

    private FedifyPeer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Installs Node 22 and Fedify under {@code target/fedify} if they are not there; the node binary. */
    static Path install() throws IOException, InterruptedException {
        Files.createDirectories(FEDIFY);
        Path source = Path.of("src", "test", "fedify");
        Files.copy(source.resolve("package.json"), FEDIFY.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(source.resolve("follower.mjs"), FEDIFY.resolve("follower.mjs"), StandardCopyOption.REPLACE_EXISTING);
        Path node = FEDIFY.resolve("node_modules").resolve("node").resolve("bin").resolve("node");
        if (!Files.isExecutable(node) || !Files.isDirectory(FEDIFY.resolve("node_modules/@fedify/fedify"))) {
            Path log = FEDIFY.resolve("npm-install.log");
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-save",
                    "node@22", "@fedify/fedify@2.3.6", "@fedify/vocab@2.3.6")
                    .directory(FEDIFY.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                fail("Node 22 and Fedify could not be installed with npm (" + log + "):\n" + Files.readString(log));
            }
        }
        if (!Files.isExecutable(node)) {
            fail("npm installed the package node@22 but " + node + " is missing: its install script did not run");
        }
        Process version = new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
        String v = new String(version.getInputStream().readAllBytes()).strip();
        version.waitFor(30, TimeUnit.SECONDS);
        if (!v.startsWith("v22.")) {
            fail("Fedify needs Node 22; " + node + " says " + v);
        }
        return node;
    }

    /** Starts the follower server on {@code port} (and the blocked host's actor on {@code blockedPort}). */
    static FedifyPeer start(Path node, String unionhall, int port, int blockedPort, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(node.toString(), "follower.mjs").directory(FEDIFY.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of("UNIONHALL", unionhall, "PORT", Integer.toString(port),
                "BLOCKED_PORT", Integer.toString(blockedPort)));
        long before = Files.exists(log) ? Files.size(log) : 0;
        Process process = builder.start();
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            if (Files.readString(log).substring((int) before).contains("READY")) {
                return new FedifyPeer(process, port);
            }
            if (!process.isAlive()) {
                fail("The Fedify follower stopped:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        fail("The Fedify follower did not start within 60 s:\n" + Files.readString(log));
        return null;
    }

    /** A control call ({@code follow?slug=…}), answered 200 with JSON. */
    JsonObject control(String call) throws IOException, InterruptedException {
        return json(get("http://127.0.0.1:" + port + "/control/" + call, "application/json"), 200);
    }

    /** What the follower received, once {@code done} holds of it, within {@code within}. */
    JsonObject await(Predicate<JsonObject> done, String what, Duration within) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(within);
        JsonObject state = null;
        while (Instant.now().isBefore(until)) {
            state = control("state");
            if (done.test(state)) {
                return state;
            }
            Thread.sleep(500);
        }
        fail("The Fedify follower did not receive " + what + " within " + within.toSeconds() + " s: " + state);
        return state;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri() + " answered " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static List<String> strings(JsonArray array) {
        return array.stream().map(v -> v.getValueType() == JsonValue.ValueType.STRING
                ? ((JsonString) v).getString() : v.toString()).toList();
    }
}
