package org.unionhall.application;

/**
 * What a union's steward gives to found a chapter.
 *
 * @param slug the chapter's short name, its address: lower-case letters, digits and single hyphens,
 *             free across the installation
 * @param name its name, unique within the union
 * @param description what it is about (optional)
 * @param delegateSeats how many delegates it sends to the union congress, 1 to 100
 */
public record FoundChapter(String slug, String name, String description, int delegateSeats) {
}
