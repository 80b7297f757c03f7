package org.unionhall.application;

import org.unionhall.domain.shared.PeopleCount;

/**
 * A chapter in a list.
 *
 * @param id chapter id
 * @param slug URL name, unique across the installation
 * @param name display name
 * @param unionSlug the union it belongs to
 * @param activeMembers how many members are active: whole for its members and stewards, for
 *                      anyone else "fewer than 5" below five ({@link PeopleCount})
 * @param delegateSeats how many delegates it may send
 * @param delegatesSeated how many delegate mandates are in force today
 */
public record ChapterSummary(String id, String slug, String name, String unionSlug, PeopleCount activeMembers,
                             int delegateSeats, int delegatesSeated) {
}
