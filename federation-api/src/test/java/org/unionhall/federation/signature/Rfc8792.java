package org.unionhall.federation.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads the RFC text kept under {@code src/test/resources}: undoes RFC 8792's single-backslash
 * line wrapping (a {@code \} at the end of a line joins the next line, leading spaces stripped)
 * and turns an HTTP message as the RFCs print it into an {@link HttpMessage}.
 */
final class Rfc8792 {

    private static final String NOTE = "NOTE: '\\' line wrapping per RFC 8792";

    private Rfc8792() {
    }

    /** The unwrapped text of resource {@code name}, without the NOTE line and without a final newline. */
    static String text(String name) {
        List<String> lines = new ArrayList<>(List.of(raw(name).split("\n", -1)));
        if (!lines.isEmpty() && lines.get(0).equals(NOTE)) {
            lines.remove(0);
            if (!lines.isEmpty() && lines.get(0).isEmpty()) {
                lines.remove(0);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.endsWith("\\") && i + 1 < lines.size()) {
                out.append(line, 0, line.length() - 1);
                lines.set(i + 1, lines.get(i + 1).stripLeading());
            } else {
                out.append(line).append('\n');
            }
        }
        String text = out.toString();
        while (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** The bytes of a base64 value printed in resource {@code name}. */
    static byte[] base64(String name) {
        return Base64.getDecoder().decode(text(name).trim());
    }

    /** The header fields of resource {@code name}, one {@code Name: value} per unwrapped line. */
    static HttpHeaders fields(String name) {
        HttpHeaders.Builder builder = HttpHeaders.builder();
        for (String line : text(name).split("\n")) {
            addField(builder, line);
        }
        return builder.build();
    }

    /**
     * The HTTP/1.1 message of resource {@code name}; a request's target URI is
     * {@code https://} + its Host + the request target.
     */
    static HttpMessage message(String name) {
        String text = text(name);
        int blank = text.indexOf("\n\n");
        String head = blank < 0 ? text : text.substring(0, blank);
        byte[] body = blank < 0 ? new byte[0] : text.substring(blank + 2).getBytes(StandardCharsets.UTF_8);
        String[] lines = head.split("\n");
        HttpHeaders.Builder builder = HttpHeaders.builder();
        for (int i = 1; i < lines.length; i++) {
            addField(builder, lines[i]);
        }
        HttpHeaders headers = builder.build();
        String[] start = lines[0].split(" ");
        if (start[0].startsWith("HTTP/")) {
            return HttpMessage.response(Integer.parseInt(start[1]), headers, body);
        }
        URI target = URI.create("https://" + headers.first("Host").orElseThrow() + start[1]);
        return HttpMessage.request(start[0], target, headers, body);
    }

    private static void addField(HttpHeaders.Builder builder, String line) {
        int colon = line.indexOf(':');
        builder.add(line.substring(0, colon), line.substring(colon + 1).stripLeading());
    }

    private static String raw(String name) {
        try (InputStream in = Rfc8792.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
