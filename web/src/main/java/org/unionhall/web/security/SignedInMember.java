package org.unionhall.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who signed in, kept in this node's HTTP session. The session in the database, named by
 * {@code sessionToken}, is what outlives the node; it is checked again once
 * {@link org.unionhall.domain.account.SignInSession#SEEN_GRANULARITY} has passed since
 * {@code checkedAt}, so a sign-out on another node, or the end of the session, reaches this one.
 *
 * @param memberId the member's id as a string; it is the caller principal name
 * @param displayName the member's display name at sign-in
 * @param sessionToken the token of the member's session in the database
 * @param checkedAt when the database last confirmed the session
 * @param secondFactor whether the session gave a code from the member's app (officers' powers need it)
 */
public record SignedInMember(String memberId, String displayName, String sessionToken, Instant checkedAt,
                             boolean secondFactor) implements Serializable {

    /** The session attribute under which the signed-in member is kept. */
    public static final String SESSION_ATTRIBUTE = "org.unionhall.signedInMember";

    /** All values required. */
    public SignedInMember {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(sessionToken, "sessionToken");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** The same member, with or without a second factor given in the session. */
    public SignedInMember withSecondFactor(boolean given) {
        return new SignedInMember(memberId, displayName, sessionToken, checkedAt, given);
    }
}
