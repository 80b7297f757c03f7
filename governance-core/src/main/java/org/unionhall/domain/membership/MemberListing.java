package org.unionhall.domain.membership;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of a chapter's member list as read from storage.
 *
 * @param member the member
 * @param displayName their display name
 * @param status their status in the chapter
 * @param joinedOn the day of their latest admission
 * @param roles the roles they hold in the chapter (their chapter's or their union's mandates) on
 *              the day the list was asked for, each once, in the roles' order
 */
public record MemberListing(MemberId member, String displayName, MembershipStatus status, LocalDate joinedOn,
                            List<MandateRole> roles) {
}
