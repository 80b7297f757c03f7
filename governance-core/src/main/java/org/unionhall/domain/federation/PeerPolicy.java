package org.unionhall.domain.federation;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which servers this installation federates with, as its operator configured it: with an allow
 * list, only the hosts on it (and their subdomains); otherwise every host but those on the block
 * list (and their subdomains). A host refused here is answered 403 at the inbox, and nothing is
 * fetched from it or delivered to it.
 *
 * @param allowed the hosts allowed; empty means every host not blocked
 * @param blocked the hosts refused
 */
public record PeerPolicy(Set<String> allowed, Set<String> blocked) {

    public PeerPolicy {
        allowed = normalise(allowed);
        blocked = normalise(blocked);
    }

    /** From comma-separated lists, as configuration gives them (blank for none). */
    public static PeerPolicy of(String allowList, String blockList) {
        return new PeerPolicy(split(allowList), split(blockList));
    }

    /** Federates with everyone. */
    public static PeerPolicy open() {
        return new PeerPolicy(Set.of(), Set.of());
    }

    /** Whether this installation federates with {@code host}. */
    public boolean permits(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT).strip();
        if (blocked.stream().anyMatch(b -> covers(b, h))) {
            return false;
        }
        return allowed.isEmpty() || allowed.stream().anyMatch(a -> covers(a, h));
    }

    /** Whether this installation federates with the host of {@code uri}. */
    public boolean permits(URI uri) {
        return uri != null && permits(uri.getHost());
    }

    /** Why {@code host} is refused, in a sentence for the log and the answer. */
    public String refusal(String host) {
        return blocked.stream().anyMatch(b -> covers(b, String.valueOf(host).toLowerCase(Locale.ROOT)))
                ? "the host " + host + " is blocked by this installation's operator"
                : "the host " + host + " is not on this installation's allow list";
    }

    private static boolean covers(String listed, String host) {
        return host.equals(listed) || host.endsWith("." + listed);
    }

    private static Set<String> split(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static Set<String> normalise(Set<String> hosts) {
        Objects.requireNonNull(hosts);
        return hosts.stream().map(h -> h.toLowerCase(Locale.ROOT).strip()).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
