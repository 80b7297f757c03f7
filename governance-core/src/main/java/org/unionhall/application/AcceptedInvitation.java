package org.unionhall.application;

/**
 * The outcome of an accepted invitation: the person is an active member of the chapter.
 *
 * @param memberId the member's id
 * @param email the address they sign in with
 * @param unionSlug the union's short name
 * @param chapterSlug the chapter's short name
 * @param chapterName the chapter's name
 */
public record AcceptedInvitation(String memberId, String email, String unionSlug, String chapterSlug,
                                 String chapterName) {
}
