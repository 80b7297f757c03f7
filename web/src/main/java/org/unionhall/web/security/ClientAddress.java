package org.unionhall.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for throttling sign-in per address. Behind a reverse proxy
 * every request comes from the proxy, so requests from the proxies listed in
 * {@code unionhall.trusted-proxies} may name the client in {@code X-Forwarded-For}; anybody
 * else's header is ignored, so a guesser cannot pick a fresh address per attempt.
 */
@ApplicationScoped
public class ClientAddress {

    private final Set<String> trustedProxies;

    /** For CDI proxies only. */
    protected ClientAddress() {
        this.trustedProxies = Set.of();
    }

    /** @param trusted comma-separated addresses of the installation's reverse proxies */
    @Inject
    public ClientAddress(@ConfigProperty(name = "unionhall.trusted-proxies") Optional<String> trusted) {
        this.trustedProxies = trusted.map(list -> Arrays.stream(list.split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /** The client's address: the nearest hop in front of a trusted proxy, else the peer itself. */
    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
