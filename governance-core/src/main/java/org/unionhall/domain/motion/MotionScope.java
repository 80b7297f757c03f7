package org.unionhall.domain.motion;

/** Whose motion it is: one chapter's, a whole union's, or the federation's. */
public enum MotionScope {
    /** Members of one chapter. */
    CHAPTER,
    /** Members of every chapter of a union. */
    UNION,
    /** Members of every union of the federation. */
    FEDERATION
}
