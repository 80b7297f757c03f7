package org.unionhall.domain.membership;

import java.util.List;
import java.util.Optional;

/** The chapters of all unions. */
public interface Chapters {

    /** The chapter with this id. */
    Optional<Chapter> find(ChapterId id);

    /** The chapter with this URL name. */
    Optional<Chapter> findBySlug(String slug);

    /** The chapters of a union, by name. */
    List<Chapter> ofUnion(UnionId union);

    /** Stores a new chapter. */
    void add(Chapter chapter);

    /**
     * Marks the chapter changed so its version rises on commit: used when a mandate is assigned,
     * so two concurrent appointments to the last seat cannot both commit.
     */
    void touch(Chapter chapter);
}
