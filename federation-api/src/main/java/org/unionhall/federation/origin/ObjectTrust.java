package org.unionhall.federation.origin;

/** How far the {@code object} of an accepted activity may be believed. */
public enum ObjectTrust {
    /** The activity names its object by id only; whatever is needed of it is fetched. */
    REFERENCE,
    /** The embedded object and its owner are of the actor's origin: the same server vouches for both. */
    SAME_ORIGIN,
    /** The embedded object carries a valid integrity proof by its own owner, of its own origin. */
    PROVEN,
    /** The embedded object is another origin's claim without a valid proof: use its id only, and fetch it. */
    FETCH_BY_ID
}
