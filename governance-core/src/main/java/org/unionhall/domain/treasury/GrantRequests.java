package org.unionhall.domain.treasury;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;

/** Grant requests, their evidence and its files. */
public interface GrantRequests {

    /** The request with this id. */
    Optional<GrantRequest> find(GrantRequestId id);

    /** The request with its row locked until the transaction ends ({@code SELECT … FOR UPDATE}). */
    Optional<GrantRequest> lock(GrantRequestId id);

    /** Stores a new request. */
    void add(GrantRequest request);

    /**
     * The union's requests in any of the statuses, newest first, a page at a time.
     *
     * @param kinds the kinds to include (a member who is no treasurer sees no legal aid)
     * @param requester when present, only that member's own requests (and then drafts too)
     */
    List<GrantRequest> ofUnion(UnionId union, Collection<GrantStatus> statuses, Collection<GrantKind> kinds,
                               Optional<MemberId> requester, int offset, int limit);

    /** How many requests {@link #ofUnion} would list in all. */
    long countOfUnion(UnionId union, Collection<GrantStatus> statuses, Collection<GrantKind> kinds,
                      Optional<MemberId> requester);

    /** Approved requests whose reservation ran out by {@code now}, at most {@code limit}. */
    List<GrantRequest> approvedUntil(Instant now, int limit);

    /** Every request the members decide by a budget motion, oldest first. */
    List<GrantRequest> withMembers();

    /** The request's evidence, oldest first. */
    List<GrantEvidence> evidence(GrantRequestId request);

    /** How many pieces of evidence the request has. */
    int evidenceCount(GrantRequestId request);

    /** One piece of evidence. */
    Optional<GrantEvidence> evidence(UUID id);

    /** Stores new evidence, and the file's bytes when it is a file. */
    void addEvidence(GrantEvidence evidence, Optional<byte[]> content);

    /** Removes a piece of evidence and its file. */
    void removeEvidence(GrantEvidence evidence);

    /** The bytes of a file of evidence. */
    Optional<byte[]> content(UUID evidence);
}
