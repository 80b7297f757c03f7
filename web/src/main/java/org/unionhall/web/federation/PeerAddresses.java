package org.unionhall.web.federation;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where this installation may send a request of its own (a fetch of an actor, a delivery): to an
 * http(s) address of a host the operator federates with, whose every address is public. Loopback,
 * private, link-local, unique-local and wildcard addresses are refused unless the operator allows
 * them, so a peer cannot make the server probe its own network. (The address is checked when the
 * name is resolved here; the HTTP client resolves it again, so a name whose address changes between
 * the two is not caught.)
 */
final class PeerAddresses {
    private PeerAddresses() {
    }

    /** Why {@code uri} may not be requested, or empty when it may. */
    static Optional<String> refusal(URI uri, FederationSettings settings) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("the address " + uri + " is not an http(s) address with a host");
        }
        if (!settings.peers().permits(uri.getHost())) {
            return Optional.of(settings.peers().refusal(uri.getHost()));
        }
        if (settings.allowPrivateAddresses()) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("the address " + uri + " is not https");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    return Optional.of("the host " + uri.getHost() + " has the address " + address.getHostAddress()
                            + ", which is not public");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("the host " + uri.getHost() + " is unknown");
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] raw = address.getAddress();
        if (address instanceof Inet6Address) {
            return (raw[0] & 0xfe) != 0xfc;
        }
        int first = raw[0] & 0xff;
        int second = raw[1] & 0xff;
        return !(first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 169 && second == 254)
                || (first == 198 && (second == 18 || second == 19)));
    }
}
