package org.unionhall.domain.membership;

import java.util.Optional;

/** The federation(s) of this installation. */
public interface Federations {

    /** The federation with this id. */
    Optional<Federation> find(FederationId id);

    /** Whether any federation exists (the demo data is seeded only into an empty database). */
    boolean any();

    /** Stores a new federation. */
    void add(Federation federation);
}
