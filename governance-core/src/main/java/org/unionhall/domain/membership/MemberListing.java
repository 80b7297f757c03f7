package org.unionhall.domain.membership;

import java.time.LocalDate;

/**
 * A row of a chapter's member list as read from storage.
 *
 * @param member the member
 * @param displayName their display name
 * @param status their status in the chapter
 * @param joinedOn the day of their latest admission
 */
public record MemberListing(MemberId member, String displayName, MembershipStatus status, LocalDate joinedOn) {
}
