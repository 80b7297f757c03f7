package org.unionhall.application;

import java.util.Optional;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.shared.PeopleCount;

/**
 * A chapter's page, as the caller sees it.
 *
 * @param id chapter id
 * @param slug URL name
 * @param name display name
 * @param description what the chapter is about
 * @param unionSlug its union
 * @param unionName its union's name
 * @param activeMembers how many members are active: whole for its members and stewards, for
 *                      anyone else "fewer than 5" below five ({@link PeopleCount})
 * @param delegateSeats how many delegates it may send
 * @param delegatesSeated how many delegate mandates are in force today
 * @param viewerStatus the caller's own membership status here, if they have one
 * @param viewerHasPendingRequest whether the caller's request to join waits for a steward
 * @param viewerIsSteward whether the caller may steward this chapter (as chapter or union steward)
 * @param viewerMayListMembers whether the caller may see the member list (members of the union)
 */
public record ChapterView(String id, String slug, String name, String description, String unionSlug, String unionName,
                          PeopleCount activeMembers, int delegateSeats, int delegatesSeated,
                          Optional<MembershipStatus> viewerStatus, boolean viewerHasPendingRequest,
                          boolean viewerIsSteward, boolean viewerMayListMembers) {
}
