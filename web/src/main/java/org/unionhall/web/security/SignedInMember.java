package org.unionhall.web.security;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who signed in through the sign-in page, kept in the HTTP session (which the Hazelcast data
 * grid replicates, hence serializable). The member id is the caller principal name.
 *
 * @param memberId the member's id as a string
 * @param displayName the member's display name at sign-in
 */
public record SignedInMember(String memberId, String displayName) implements Serializable {

    /** The session attribute under which the signed-in member is kept. */
    public static final String SESSION_ATTRIBUTE = "org.unionhall.signedInMember";

    /** Both values required. */
    public SignedInMember {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(displayName, "displayName");
    }
}
