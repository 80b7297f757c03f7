package org.unionhall.application;

import org.unionhall.domain.membership.JoinRequestId;
import org.unionhall.domain.membership.MemberId;

/**
 * Changes to who belongs to a chapter. Every change writes an audit entry. Stewards of a chapter
 * act in that chapter only; stewards of a union act in all of its chapters.
 *
 * <p>Errors: {@link org.unionhall.domain.shared.NotFound}, {@link org.unionhall.domain.shared.AccessDenied}
 * (not a steward of that scope), {@link org.unionhall.domain.shared.RuleViolation} (e.g. already a
 * member, a request already pending, a steward deciding their own request, a request already
 * decided), {@link org.unionhall.domain.shared.InvalidInput} (missing reason, overlong note).
 */
public interface MembershipService {

    /**
     * The caller asks to join a chapter. Refused if they are already a member (active, lapsed or
     * suspended) or already have a pending request there. A member who left may ask again.
     *
     * @param note optional words for the stewards, at most 1000 characters
     */
    JoinRequestView requestToJoin(Actor actor, String chapterSlug, String note);

    /** A steward admits a pending request: the person becomes (again) an active member. */
    JoinRequestView admit(Actor actor, JoinRequestId request, String reason);

    /** A steward declines a pending request; the reason is required and shown to the person. */
    JoinRequestView decline(Actor actor, JoinRequestId request, String reason);

    /**
     * A steward suspends an active or lapsed member. Their delegate and chapter mandates in that
     * chapter end early with the same reason. A steward cannot suspend themselves.
     */
    MembershipView suspend(Actor actor, String chapterSlug, MemberId member, String reason);

    /** A steward restores a suspended or lapsed member to active. */
    MembershipView restore(Actor actor, String chapterSlug, MemberId member, String reason);

    /** The caller leaves a chapter; their mandates in that chapter end early. */
    MembershipView leave(Actor actor, String chapterSlug);
}
