package org.unionhall.infrastructure.persistence;

import org.unionhall.domain.membership.ChapterId;

/** Reads a chapter's roster as committed, in a transaction of its own. */
@FunctionalInterface
public interface RosterReader {

    /** The chapter's roster with its stamp, read from committed rows only; null if there is no such chapter. */
    Roster read(ChapterId chapter);
}
