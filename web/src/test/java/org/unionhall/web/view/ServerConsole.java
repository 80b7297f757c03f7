package org.unionhall.web.view;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the server printed on its console, as the operator who started it reads it. The managed
 * Payara Micro of Arquillian copies each line of the server's output to this JVM's
 * {@code System.out}; registered before the Arquillian extension, this keeps a copy of every
 * line from before the deployment starts until the test class ends, and still lets them through.
 */
final class ServerConsole implements BeforeAllCallback, AfterAllCallback {
    private static final StringBuilder SEEN = new StringBuilder();
    private static PrintStream original;

    @Override
    public void beforeAll(ExtensionContext context) {
        original = System.out;
        PrintStream through = original;
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (SEEN) {
                    SEEN.append(new String(bytes, offset, length, StandardCharsets.UTF_8));
                }
                through.write(bytes, offset, length);
            }
        }, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.setOut(original);
    }

    /** Every line printed so far. */
    static List<String> lines() {
        synchronized (SEEN) {
            return new ArrayList<>(SEEN.toString().lines().toList());
        }
    }
}
