/**
 * The bylaws of a union or of the federation: versioned rules that say how motions are decided
 * (quorum, threshold, seconds, voting period, secret member ballot or delegate congress, default
 * trustees). A version never changes once in force; a carried {@code BYLAWS_AMENDMENT} motion
 * puts the next version in force, and every motion records the version it is decided under.
 */
package org.unionhall.domain.bylaws;
