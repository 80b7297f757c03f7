package org.unionhall.federation.origin;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The web origin of an id (RFC 6454 §4): scheme and host in lower case and the port, the
 * scheme's default when none is written. Two ids of one origin are served by one server, which
 * FEP-fe34 takes as one authority.
 */
public record Origin(String scheme, String host, int port) {

    public Origin {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
    }

    /** The origin of {@code id}, which must be an absolute http(s) URI with a host. */
    public static Origin of(URI id) {
        String scheme = id.getScheme() == null ? "" : id.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || id.getHost() == null) {
            throw new IllegalArgumentException(id + " has no web origin");
        }
        int port = id.getPort() != -1 ? id.getPort() : scheme.equals("https") ? 443 : 80;
        return new Origin(scheme, id.getHost().toLowerCase(Locale.ROOT), port);
    }

    /** Whether two ids have one web origin (never so for an id without one, such as a DID). */
    public static boolean same(URI a, URI b) {
        try {
            return of(a).equals(of(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
