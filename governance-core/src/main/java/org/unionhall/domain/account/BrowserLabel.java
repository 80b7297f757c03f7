package org.unionhall.domain.account;

import java.util.Locale;

/**
 * What a browser is, as coarsely as a member needs to tell their own sessions apart: a family and
 * a system ("Firefox on Linux", "Safari on iPhone"), worked out from the User-Agent header and
 * kept instead of it. No version, no address, nothing that would single a browser out.
 *
 * @param text the label
 */
public record BrowserLabel(String text) {
    /** A browser that did not say what it is. */
    public static final BrowserLabel UNKNOWN = new BrowserLabel("Unknown browser");

    /** The label of a User-Agent header (null or anything unrecognised gives a generic label). */
    public static BrowserLabel of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String family;
        if (ua.contains("edg/")) {
            family = "Edge";
        } else if (ua.contains("firefox/")) {
            family = "Firefox";
        } else if (ua.contains("chromium/") || ua.contains("headlesschrome/")) {
            family = "Chromium";
        } else if (ua.contains("chrome/")) {
            family = "Chrome";
        } else if (ua.contains("safari/")) {
            family = "Safari";
        } else if (ua.startsWith("curl/") || ua.startsWith("java") || ua.contains("python")
                || ua.contains("okhttp") || ua.contains("http-client") || ua.contains("httpclient")) {
            family = "A program";
        } else {
            family = "A browser";
        }
        String system;
        if (ua.contains("iphone") || ua.contains("ipad")) {
            system = ua.contains("ipad") ? "iPad" : "iPhone";
        } else if (ua.contains("android")) {
            system = "Android";
        } else if (ua.contains("windows")) {
            system = "Windows";
        } else if (ua.contains("mac os") || ua.contains("macintosh")) {
            system = "macOS";
        } else if (ua.contains("linux") || ua.contains("x11")) {
            system = "Linux";
        } else {
            return new BrowserLabel(family);
        }
        return new BrowserLabel(family + " on " + system);
    }
}
