package org.unionhall.application;

import java.time.Instant;
import java.util.List;
import org.unionhall.domain.shared.PeopleCount;

/**
 * A union as anyone may see it without signing in: what it is for, how to join, its chapters and
 * its published election results. It names no member and no count below five ({@link PeopleCount}).
 *
 * @param slug its short name
 * @param name its name
 * @param description what it is for, in its stewards' words
 * @param howToJoin how to join, in its stewards' words (empty when they have not said)
 * @param federationName the federation it belongs to
 * @param activeMembers its active members, "fewer than 5" below five
 * @param chapters its chapters, by name
 * @param results its published election results and those of its chapters, newest first
 */
public record PublicUnionView(String slug, String name, String description, String howToJoin,
                              String federationName, PeopleCount activeMembers, List<Chapter> chapters,
                              List<PublishedResult> results) {

    /** Copies the lists. */
    public PublicUnionView {
        chapters = List.copyOf(chapters);
        results = List.copyOf(results);
    }

    /**
     * One chapter.
     *
     * @param slug its short name
     * @param name its name
     * @param description what it is about
     * @param activeMembers its active members, "fewer than 5" below five
     * @param delegateSeats how many delegates it sends to the union congress
     */
    public record Chapter(String slug, String name, String description, PeopleCount activeMembers,
                          int delegateSeats) {
    }

    /**
     * A published election result, whose page and record anyone may read.
     *
     * @param electionId the election
     * @param title its title
     * @param scopeName the union or chapter that voted
     * @param publishedAt when the result was published
     */
    public record PublishedResult(String electionId, String title, String scopeName, Instant publishedAt) {
    }
}
