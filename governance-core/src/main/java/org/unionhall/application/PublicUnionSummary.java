package org.unionhall.application;

import org.unionhall.domain.shared.PeopleCount;

/**
 * A union in the list a visitor sees on the landing page.
 *
 * @param slug its short name, the address of its public page
 * @param name its name
 * @param description what it is for
 * @param chapterCount how many chapters it has
 * @param activeMembers its active members, "fewer than 5" below five
 */
public record PublicUnionSummary(String slug, String name, String description, int chapterCount,
                                 PeopleCount activeMembers) {
}
