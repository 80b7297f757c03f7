package org.unionhall.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers that keep members' browsers safe on every answer: no content sniffing, no referrer
 * leaving the site, no framing, a strict Content-Security-Policy, and {@code Cache-Control:
 * no-store} on everything but the static files and what a visitor reads of a union's public
 * pages (kept for {@value #PUBLIC_SECONDS} seconds, see {@link #isPublicRead}). Pages rendered by
 * PrimeFaces in CSP mode replace that policy with their own, which allows only scripts served by
 * Unionhall plus the inline scripts PrimeFaces marks with a fresh nonce per response.
 */
// Also on the error dispatch: the error page is a page like any other and gets one policy, its own.
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** For answers that are not pages: load nothing, be framed by nobody. */
    static final String STRICT_POLICY = "default-src 'none'; img-src 'self'; style-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static final String CSP = "Content-Security-Policy";

    /** How long a cache may keep a visitor's public page or public API answer. */
    static final int PUBLIC_SECONDS = 300;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new OnePolicyResponse(response));
    }

    /**
     * Sets the headers on a response; also used for answers given before any filter runs
     * (refusals and redirects of the authentication mechanism).
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" on Unionhall's own form
        // posts, and over plain http off localhost (no Sec-Fetch-Site) those would look cross-site.
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader(CSP, STRICT_POLICY);
        if (isPublicRead(request)) {
            response.setHeader("Cache-Control", "public, max-age=" + PUBLIC_SECONDS);
            response.setHeader("Vary", "Cookie, Authorization");
        } else if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /**
     * A visitor (nobody signed in) reading the landing page, a union's public page or the public
     * API: the same answer for everybody, naming no member, so browsers and proxies may keep it a
     * few minutes. {@code Vary: Cookie, Authorization} keeps a signed-in member's request from
     * being answered from it; a signed-in member's own answer (their name in the banner, their
     * dashboard on the landing page) is never stored.
     */
    private static boolean isPublicRead(HttpServletRequest request) {
        if (request.getUserPrincipal() != null
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() || path.equals("/") || path.equals("/index.xhtml") || path.startsWith("/public/")
                || path.startsWith("/api/v1/public/");
    }

    /**
     * The files every page loads (style sheets, scripts, images, the booth bundle): the same for
     * everybody, so browsers may keep them. Every other answer, a page or an API answer, may hold
     * what only the signed-in member may see, and no browser or proxy cache may keep it for the
     * next person at a shared computer.
     */
    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith("/resources/") || path.startsWith("/jakarta.faces.resource/")
                || path.equals("/favicon.ico");
    }

    /** Lets a page's own policy replace the strict one instead of adding a second policy. */
    private static final class OnePolicyResponse extends HttpServletResponseWrapper {
        OnePolicyResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
