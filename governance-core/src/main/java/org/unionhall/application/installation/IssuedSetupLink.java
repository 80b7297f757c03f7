package org.unionhall.application.installation;

import java.time.Instant;
import org.unionhall.domain.installation.SetupToken;

/**
 * A setup link just issued: its token, to be shown once on the operator's console, and when it
 * stops working.
 *
 * @param token the secret part of the link
 * @param expiresAt when it stops working
 */
public record IssuedSetupLink(SetupToken token, Instant expiresAt) {

    /** The link's address on an installation reached at {@code base} (e.g. {@code http://localhost:8080}). */
    public String address(String base) {
        return token.address(base);
    }
}
