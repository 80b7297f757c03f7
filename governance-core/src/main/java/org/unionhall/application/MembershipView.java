package org.unionhall.application;

import java.time.LocalDate;
import java.util.List;
import org.unionhall.domain.membership.MembershipStatus;

/**
 * One member's membership of one chapter, with the history of its status changes.
 *
 * @param id membership id
 * @param memberId the member's id
 * @param memberDisplayName the member's display name
 * @param chapterSlug the chapter
 * @param chapterName the chapter's name
 * @param unionSlug the chapter's union
 * @param unionName the union's name
 * @param status the current status
 * @param joinedOn the day the member was (last) admitted
 * @param history every status change, oldest first
 */
public record MembershipView(String id, String memberId, String memberDisplayName, String chapterSlug,
                             String chapterName, String unionSlug, String unionName, MembershipStatus status,
                             LocalDate joinedOn, List<StatusChangeView> history) {
    /** Copies the history. */
    public MembershipView {
        history = List.copyOf(history);
    }
}
