package org.unionhall.web.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionhall.application.PublicAddress;
import org.unionhall.domain.federation.PeerPolicy;

/**
 * The operator's federation settings: the public address actors are named under (the
 * installation's {@code unionhall.public-url}, never a request's Host header); which hosts it
 * federates with ({@code unionhall.federation.allow-hosts}, {@code unionhall.federation.block-hosts},
 * comma-separated, subdomains included); and whether requests to loopback and private addresses
 * are allowed ({@code unionhall.federation.allow-private-addresses}, false unless a test or a
 * closed network needs it).
 */
@ApplicationScoped
public class FederationSettings {
    private URI base;
    private PeerPolicy peers;
    private boolean allowPrivateAddresses;

    /** For CDI's proxy. */
    protected FederationSettings() {
    }

    @Inject
    public FederationSettings(PublicAddress address,
                              @ConfigProperty(name = "unionhall.federation.allow-hosts") Optional<String> allowHosts,
                              @ConfigProperty(name = "unionhall.federation.block-hosts") Optional<String> blockHosts,
                              @ConfigProperty(name = "unionhall.federation.allow-private-addresses",
                                      defaultValue = "false") boolean allowPrivateAddresses) {
        this(URI.create(address.of("").replaceAll("/+$", "")),
                PeerPolicy.of(allowHosts.orElse(""), blockHosts.orElse("")), allowPrivateAddresses);
    }

    /** Settings given directly (tests). */
    public FederationSettings(URI base, PeerPolicy peers, boolean allowPrivateAddresses) {
        this.base = base;
        this.peers = peers;
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    /** The public address, without a trailing slash ({@code https://union.example.org}). */
    public URI base() {
        return base;
    }

    /** The address of a path under the public address. */
    public URI at(String path) {
        return URI.create(base + "/" + path.replaceAll("^/+", ""));
    }

    /** The host (and port, when not the scheme's default) accounts are named under: {@code acct:slug@host}. */
    public String accountHost() {
        return base.getPort() == -1 ? base.getHost() : base.getHost() + ":" + base.getPort();
    }

    /** Which hosts this installation federates with. */
    public PeerPolicy peers() {
        return peers;
    }

    /** Whether loopback and private addresses may be fetched and delivered to. */
    public boolean allowPrivateAddresses() {
        return allowPrivateAddresses;
    }
}
