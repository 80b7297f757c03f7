package org.unionhall.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a person was going when the sign-in page stopped them: a page of this installation, kept
 * in the sign-in page's {@code next} parameter and followed once they are signed in. Only a path
 * inside the application is ever followed, so a crafted link cannot send someone elsewhere after
 * they typed their password.
 */
public final class ReturnAddress {
    /** The page a signed-in person lands on when no other was asked for. */
    public static final String DASHBOARD = "/index.xhtml";

    private static final int LONGEST = 1000;
    private static final Pattern LOCAL_PAGE = Pattern.compile("/[A-Za-z0-9][A-Za-z0-9/._-]*\\.xhtml(\\?[A-Za-z0-9._~=&%+-]*)?");

    private ReturnAddress() {
    }

    /**
     * The page to go on to, if {@code next} names one that may be followed: a page of this
     * application (path and query only, no scheme, host or {@code //}), not a sign-in page.
     */
    public static Optional<String> of(String next) {
        if (next == null || next.length() > LONGEST || !LOCAL_PAGE.matcher(next).matches() || next.contains("..")
                || next.startsWith("/login") || next.startsWith("/api/")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /** The page to go on to after signing in: {@code next} when it may be followed, else the dashboard. */
    public static String after(String next) {
        return of(next).orElse(DASHBOARD);
    }

    /** {@code next} as a query parameter to add to the sign-in page's address, or "" when it may not be followed. */
    public static String asParameter(String next) {
        return of(next).map(n -> "next=" + URLEncoder.encode(n, StandardCharsets.UTF_8)).orElse("");
    }
}
