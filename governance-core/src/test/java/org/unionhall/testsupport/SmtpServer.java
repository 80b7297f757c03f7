package org.unionhall.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on a port of its own on the loopback interface, which a test can
 * stop and start again on the same port, as a mail server that goes down and comes back.
 */
public final class SmtpServer implements AutoCloseable {
    private final int port;
    private GreenMail server;

    private SmtpServer(int port) {
        this.port = port;
    }

    /** A server on a free port, started. */
    public static SmtpServer start() {
        SmtpServer smtp = new SmtpServer(freePort());
        smtp.up();
        return smtp;
    }

    /** The port it listens on (also while it is down). */
    public int port() {
        return port;
    }

    /** Starts it again on the same port, with no mail received yet. */
    public void up() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops it: connections are refused until {@link #up()}. */
    public void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages received since it was last started. */
    public List<MimeMessage> received() {
        return server == null ? List.of() : List.of(server.getReceivedMessages());
    }

    @Override
    public void close() {
        down();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
