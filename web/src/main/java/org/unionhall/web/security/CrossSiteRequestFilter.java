package org.unionhall.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionhall.web.problem.Problem;

/**
 * Refuses requests that change something when they come from another site: a form on a hostile
 * page posting to Unionhall in a member's name. Browsers say where a request comes from
 * ({@code Sec-Fetch-Site}, {@code Origin}); a state-changing request (anything but GET, HEAD,
 * OPTIONS) from another origin gets 403. This sits beside the other defences: the session cookie
 * is {@code SameSite=Lax}, pages carry JSF view state, and the API reads only
 * {@code application/json} bodies, which a plain HTML form cannot send.
 *
 * <p>Behind a reverse proxy that rewrites the {@code Host} header, list the public origins in
 * {@code unionhall.trusted-origins} (comma-separated, e.g. {@code https://union.example.org}).
 */
@WebFilter(filterName = "crossSiteRequests", urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    @ConfigProperty(name = "unionhall.trusted-origins")
    Optional<String> trustedOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        String detail = "This request came from another web site and was refused. "
                + "Open Unionhall itself and try again.";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Problem.of(403, "cross-site-request", "Cross-site request refused", detail, request.getRequestURI())
                    .writeTo(response);
        } else {
            response.sendError(403, detail);
        }
    }

    private boolean sameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        if ("same-origin".equals(fetchSite)) {
            // Browsers send "Origin: null" on same-origin form posts under Referrer-Policy no-referrer.
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        if (trustedOrigins.isPresent()) {
            for (String trusted : trustedOrigins.get().split(",")) {
                if (trusted.strip().equalsIgnoreCase(origin.strip())) {
                    return true;
                }
            }
        }
        return authority(origin).equals(hostHeader(request));
    }

    private static String authority(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return "";
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("https".equals(uri.getScheme()) && port == 443)
                    || ("http".equals(uri.getScheme()) && port == 80);
            return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String hostHeader(HttpServletRequest request) {
        String host = Optional.ofNullable(request.getHeader("Host")).orElse("").strip().toLowerCase(Locale.ROOT);
        return host.endsWith(":80") || host.endsWith(":443") ? host.substring(0, host.lastIndexOf(':')) : host;
    }
}
