package org.unionhall.application;

import java.time.Instant;

/**
 * An invitation that has not been accepted or withdrawn, as the chapter's stewards see it.
 *
 * @param id its id, to withdraw it
 * @param name the name given
 * @param email the address invited
 * @param invitedBy the display name of the steward who invited
 * @param invitedAt when it was sent
 * @param expiresAt when its link stops holding
 * @param expired whether that moment has passed (the address may be invited again)
 */
public record PendingInvitationView(String id, String name, String email, String invitedBy, Instant invitedAt,
                                    Instant expiresAt, boolean expired) {
}
