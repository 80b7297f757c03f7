package org.unionhall.application;

import java.time.Instant;

/**
 * An invitation's link that can be used, as its page shows it to the person invited.
 *
 * @param unionName the union's name
 * @param chapterName the chapter's name
 * @param displayName the name the steward gave, to start from
 * @param email the address invited
 * @param hasAccount whether that address has an account already: then its owner signs in and joins
 *        with it, instead of choosing a password
 * @param expiresAt when the link stops holding
 */
public record OpenInvitation(String unionName, String chapterName, String displayName, String email,
                             boolean hasAccount, Instant expiresAt) {
}
