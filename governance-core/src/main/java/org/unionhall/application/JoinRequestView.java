package org.unionhall.application;

import java.time.Instant;
import java.util.Optional;
import org.unionhall.domain.membership.JoinRequestStatus;

/**
 * A person's request to join a chapter.
 *
 * @param id join request id
 * @param chapterSlug the chapter
 * @param chapterName its name
 * @param unionSlug its union
 * @param memberId who asks
 * @param memberDisplayName their display name
 * @param note what they wrote with the request (may be empty)
 * @param requestedAt when
 * @param status pending, admitted or declined
 * @param decidedAt when a steward decided, if one did
 * @param decidedByDisplayName which steward, if one did
 * @param decisionReason the steward's reason, if one was given
 */
public record JoinRequestView(String id, String chapterSlug, String chapterName, String unionSlug, String memberId,
                              String memberDisplayName, String note, Instant requestedAt, JoinRequestStatus status,
                              Optional<Instant> decidedAt, Optional<String> decidedByDisplayName,
                              Optional<String> decisionReason) {
}
