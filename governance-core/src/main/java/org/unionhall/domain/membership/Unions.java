package org.unionhall.domain.membership;

import java.util.List;
import java.util.Optional;

/** The unions of this installation. */
public interface Unions {

    /** The union with this id. */
    Optional<Union> find(UnionId id);

    /** The union with this URL name. */
    Optional<Union> findBySlug(String slug);

    /** Every union, by name. */
    List<Union> all();

    /** Stores a new union. */
    void add(Union union);
}
