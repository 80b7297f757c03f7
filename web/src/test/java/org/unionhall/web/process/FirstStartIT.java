package org.unionhall.web.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new installation started as the operator starts it, on the embedded H2 file database without
 * demo data: the console shows a setup link on the port the server serves, which opens the setup
 * form; a restart before setup shows a new link and the old one no longer opens it; the
 * installation founded with {@code ./unionhall admin found}, the next start prints no link and the
 * setup page says the installation is set up.
 */
class FirstStartIT {
    private static final Pattern LINK = Pattern.compile("http://localhost:(\\d+)(/setup\\?token=[A-Za-z0-9_-]{43})");
    private static final Path UNIONHALL = Path.of("..", "unionhall").toAbsolutePath().normalize();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void eachStartBeforeSetupPrintsANewLinkAndNoneAfter() throws Exception {
        Installation installation = Installation.h2(dir.resolve("new"));
        String first;
        try (ServerProcess server = installation.startWithoutDemo()) {
            Matcher link = printedLink(installation);
            assertEquals(Integer.toString(server.url().getPort()), link.group(1));
            first = link.group(2);
            assertTrue(page(server, first).contains("Found the union"), "the printed link opens the setup form");
        }
        String second;
        try (ServerProcess server = installation.startWithoutDemo()) {
            second = printedLink(installation).group(2);
            assertNotEquals(first, second);
            assertTrue(page(server, first).contains("This setup link is not valid."), "the old link stopped working");
            assertTrue(page(server, second).contains("Found the union"));
        }

        int exit = admin(installation, "a courier's long passphrase\n", "found", "--federation", "Platform Workers",
                "--union", "Couriers' Union", "--union-slug", "couriers", "--chapter", "Couriers Lisbon",
                "--steward-name", "Inês Ramos", "--steward-email", "ines.ramos@example.org");
        assertEquals(0, exit);

        try (ServerProcess server = installation.startWithoutDemo()) {
            assertFalse(LINK.matcher(Files.readString(installation.lastLog())).find(), "no link once set up");
            assertTrue(page(server, second).contains("This installation is already set up."));
        }
    }

    private static Matcher printedLink(Installation installation) throws IOException {
        String console = Files.readString(installation.lastLog());
        assertEquals(1, LINK.matcher(console).results().count(), () -> "one setup link on the console:\n" + console);
        Matcher link = LINK.matcher(console);
        link.find();
        return link;
    }

    private String page(ServerProcess server, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer::body);
        return answer.body();
    }

    private static int admin(Installation installation, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(UNIONHALL.toString(), "admin"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(installation.dir().getParent(), "admin-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(installation.environment());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./unionhall admin did not end within 4 minutes");
        }
        assertEquals(0, process.exitValue(), () -> {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return e.toString();
            }
        });
        return process.exitValue();
    }
}
