package org.unionhall.application;

/**
 * A union in a list.
 *
 * @param id union id
 * @param slug URL name
 * @param name display name
 * @param description what the union organises
 * @param chapterCount how many chapters it has
 * @param activeMembers how many active memberships its chapters hold
 */
public record UnionSummary(String id, String slug, String name, String description, int chapterCount,
                           long activeMembers) {
}
