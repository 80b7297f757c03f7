package org.unionhall.domain.bylaws;

/** Where a version of the bylaws stands. */
public enum BylawsStatus {
    /** Proposed by a bylaws amendment that is not decided yet. */
    PROPOSED,
    /** The rules in force now. */
    IN_FORCE,
    /** Once in force, replaced by a later version. */
    SUPERSEDED,
    /** Proposed, but its amendment failed or was withdrawn. */
    REJECTED
}
