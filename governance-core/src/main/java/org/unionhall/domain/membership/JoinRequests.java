package org.unionhall.domain.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Requests to join chapters. */
public interface JoinRequests {

    /** The request with this id. */
    Optional<JoinRequest> find(JoinRequestId id);

    /** The member's pending request for this chapter, if any. */
    Optional<JoinRequest> pending(MemberId member, ChapterId chapter);

    /** Pending requests of the given chapters, oldest first. */
    List<JoinRequest> pendingIn(Collection<ChapterId> chapters);

    /** Pending requests of the given member, oldest first. */
    List<JoinRequest> pendingOf(MemberId member);

    /** Stores a new request; a second pending one for the same member and chapter is refused by the database. */
    void add(JoinRequest request);
}
