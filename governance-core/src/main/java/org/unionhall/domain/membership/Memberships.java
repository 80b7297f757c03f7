package org.unionhall.domain.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who belongs to which chapter. */
public interface Memberships {

    /** The membership of this member in this chapter, if they ever had one. */
    Optional<Membership> find(MemberId member, ChapterId chapter);

    /** Every membership of a member, any status. */
    List<Membership> ofMember(MemberId member);

    /** Stores a new membership; a second one for the same member and chapter is refused by the database. */
    void add(Membership membership);

    /** Whether the member is active in some chapter of the union. */
    boolean isActiveInUnion(MemberId member, UnionId union);

    /** Number of active memberships per chapter of the given chapters (missing = none). */
    Map<ChapterId, Long> activeCounts(Collection<ChapterId> chapters);

    /**
     * A page of a chapter's member list, sorted by display name (case-insensitive), then id, with
     * the number of rows over all pages.
     *
     * @param statuses which statuses to list
     * @param nameContains lower-case text the display name must contain, if any
     * @param offset how many rows of the list come before the page (past the end: an empty page)
     * @param limit the most rows the page holds
     * @param day the day whose mandates in force give each row's roles
     */
    MemberListingPage listing(Chapter chapter, Collection<MembershipStatus> statuses,
                              Optional<String> nameContains, long offset, int limit, LocalDate day);
}
