package org.unionhall.application;

import java.util.List;

/**
 * A union's page, as the caller sees it.
 *
 * @param id union id
 * @param slug URL name
 * @param name display name
 * @param description what the union organises: what it is for
 * @param howToJoin how to join, in its stewards' words (empty when they have not said)
 * @param federationName the federation it belongs to
 * @param chapters its chapters, by name
 * @param instances Fediverse servers the union works with
 * @param viewerIsMember whether the caller is an active member of one of its chapters
 * @param viewerIsSteward whether the caller is a steward of the whole union
 */
public record UnionView(String id, String slug, String name, String description, String howToJoin,
                        String federationName,
                        List<ChapterSummary> chapters, List<InstanceView> instances, boolean viewerIsMember,
                        boolean viewerIsSteward) {
    /** Copies the lists. */
    public UnionView {
        chapters = List.copyOf(chapters);
        instances = List.copyOf(instances);
    }
}
