package org.unionhall.application;

import org.unionhall.domain.shared.PeopleCount;

/**
 * A union in a list.
 *
 * @param id union id
 * @param slug URL name
 * @param name display name
 * @param description what the union organises
 * @param chapterCount how many chapters it has
 * @param activeMembers how many active memberships its chapters hold: whole for the union's
 *                      stewards, for anyone else "fewer than 5" below five ({@link PeopleCount})
 */
public record UnionSummary(String id, String slug, String name, String description, int chapterCount,
                           PeopleCount activeMembers) {
}
