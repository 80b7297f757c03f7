package org.unionhall.application;

import java.util.List;
import java.util.Optional;

/**
 * Read-only views of federations, unions, chapters and members, filtered by what the caller may
 * see. Union and chapter pages are visible to every signed-in member (so a person can find a
 * chapter to join); member lists only to members of that union; pending join requests only to
 * stewards of the chapter or its union.
 *
 * <p>Errors: {@link org.unionhall.domain.shared.NotFound} for an unknown slug or member,
 * {@link org.unionhall.domain.shared.AccessDenied} when the caller may not see it,
 * {@link org.unionhall.domain.shared.InvalidInput} for a bad page request or filter.
 */
public interface DirectoryService {

    /** The caller's own page: memberships, mandates, own pending requests, requests to decide. */
    DashboardView dashboard(Actor actor);

    /** Every union of this installation, by name. */
    List<UnionSummary> unions(Actor actor);

    /** One union with its chapters and instances. */
    UnionView union(Actor actor, String unionSlug);

    /** The chapters of a union, by name. */
    List<ChapterSummary> chapters(Actor actor, String unionSlug);

    /** One chapter, with the caller's own standing in it. */
    ChapterView chapter(Actor actor, String chapterSlug);

    /**
     * A page of a chapter's members, sorted by display name (case-insensitive), then id. Only
     * members of the chapter's union may list; stewards of the chapter or union also see lapsed
     * and suspended members, others see active members only. Members who left are not listed.
     *
     * @param page zero-based page number
     * @param size rows per page, 1..{@value Page#MAX_SIZE}
     * @param nameFilter when present and not blank, only display names containing it (case-insensitive)
     */
    Page<MemberSummary> members(Actor actor, String chapterSlug, int page, int size, Optional<String> nameFilter);

    /** Pending join requests of a chapter, oldest first (stewards of the chapter or its union). */
    List<JoinRequestView> joinRequests(Actor actor, String chapterSlug);

    /**
     * Mandates of a chapter (delegates, chapter stewards, chapter treasurers), in force today first,
     * visible to members of the union.
     */
    List<MandateView> mandates(Actor actor, String chapterSlug);

    /** Mandates held for a whole union (union stewards, treasurers, trustees), visible to its members. */
    List<MandateView> unionMandates(Actor actor, String unionSlug);
}
