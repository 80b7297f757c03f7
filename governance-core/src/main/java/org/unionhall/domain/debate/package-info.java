/**
 * The debate on a motion or amendment: a thread of {@link org.unionhall.domain.debate.Comment}s
 * (replies one level deep, an optional quote of the comment answered), which the author may edit
 * for a short while and a steward may hide with a reason that stays in its place; and the members
 * who {@link org.unionhall.domain.debate.Following follow} a motion to hear of new comments.
 */
package org.unionhall.domain.debate;
