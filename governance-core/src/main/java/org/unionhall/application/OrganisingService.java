package org.unionhall.application;

/**
 * How stewards shape their union: founding chapters, renaming them, setting how many delegates
 * each sends to the union congress, and describing the union to the public. Every change is
 * written to the audit trail; a request that changes nothing (the same name or description sent
 * twice) writes nothing.
 *
 * <p>Who may do what, decided by {@link org.unionhall.domain.membership.Powers}:
 * <ul>
 *   <li>founding a chapter, setting a chapter's delegate seats and describing the union belong to
 *   the union's stewards: seats apportion the union congress, and the public description speaks
 *   for the whole union;</li>
 *   <li>renaming a chapter is for the stewards of that chapter as well as the union's stewards:
 *   the name is the chapter's own, its address (short name) never changes, and the union's
 *   stewards see the change in the audit trail.</li>
 * </ul>
 *
 * <p>Errors: {@link org.unionhall.domain.shared.NotFound} (unknown union or chapter),
 * {@link org.unionhall.domain.shared.AccessDenied} (not a steward with that power),
 * {@link org.unionhall.domain.shared.InvalidInput} (a blank or overlong name, a malformed short
 * name, seats out of range), {@link org.unionhall.domain.shared.RuleViolation} (a short name or
 * name already taken, fewer seats than delegates in office).
 */
public interface OrganisingService {

    /** A union's steward founds a chapter of the union. */
    ChapterView foundChapter(Actor actor, String unionSlug, FoundChapter chapter);

    /** A steward of the chapter or of its union gives the chapter a new name. */
    ChapterView renameChapter(Actor actor, String chapterSlug, String name);

    /**
     * A union's steward sets how many delegates the chapter sends to the union congress. A roll
     * call already under way keeps the seats it certified when it opened.
     */
    ChapterView setDelegateSeats(Actor actor, String chapterSlug, int seats);

    /**
     * A union's steward describes the union on its public page.
     *
     * @param description what the union is for (required)
     * @param howToJoin how to join, in the stewards' words (optional)
     */
    UnionView describeUnion(Actor actor, String unionSlug, String description, String howToJoin);
}
