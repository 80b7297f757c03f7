package org.unionhall.domain.membership;

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
     * A page of a chapter's member list, sorted by display name (case-insensitive), then id.
     *
     * @param statuses which statuses to list
     * @param nameContains lower-case text the display name must contain, if any
     */
    List<MemberListing> listing(ChapterId chapter, Collection<MembershipStatus> statuses,
                                Optional<String> nameContains, int offset, int limit);

    /** How many rows {@link #listing} would give over all pages. */
    long countListing(ChapterId chapter, Collection<MembershipStatus> statuses, Optional<String> nameContains);
}
