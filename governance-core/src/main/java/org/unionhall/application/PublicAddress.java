package org.unionhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where people reach this installation, for the links in mail: {@code unionhall.public-url}
 * (environment {@code UNIONHALL_PUBLIC_URL}), such as {@code https://union.example.org}. It is
 * configured, never taken from a request's Host header, so nobody can make Unionhall mail a link
 * to a server of theirs.
 */
@ApplicationScoped
public class PublicAddress {
    private String base;

    /** For CDI's proxy. */
    protected PublicAddress() {
    }

    /**
     * @param url the address, http or https, without a query; a trailing slash is dropped
     */
    @Inject
    public PublicAddress(@ConfigProperty(name = "unionhall.public-url", defaultValue = "http://localhost:8080")
                         String url) {
        String trimmed = url == null ? "" : url.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unionhall.public-url is not an address: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalStateException("unionhall.public-url must be an http or https address such as "
                    + "https://union.example.org, not " + url);
        }
        this.base = trimmed;
    }

    /** The full address of a page of the application, from its path ({@code password/reset.xhtml}). */
    public String of(String path) {
        return base + "/" + path.replaceAll("^/+", "");
    }
}
