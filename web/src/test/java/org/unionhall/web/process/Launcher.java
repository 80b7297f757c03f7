package org.unionhall.web.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The operator's command line, {@code ./unionhall COMMAND ARGS}, run for an installation. */
final class Launcher {
    private static final Path UNIONHALL = Path.of("..", "unionhall").toAbsolutePath().normalize();

    private Launcher() {
    }

    /** Runs the command with the installation's settings and asserts it succeeded; returns its output. */
    static String run(Installation installation, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(installation.dir().getParent(), "launcher-", ".log");
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(List.of(UNIONHALL.toString())))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.command().addAll(List.of(args));
        builder.environment().putAll(installation.environment());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./unionhall " + String.join(" ", args) + " did not end within 5 minutes");
        }
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), () -> "./unionhall " + String.join(" ", args) + ":\n" + output);
        return output;
    }
}
