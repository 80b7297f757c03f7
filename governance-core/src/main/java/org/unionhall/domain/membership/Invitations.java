package org.unionhall.domain.membership;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where invitations are kept. */
public interface Invitations {

    /**
     * Stores new invitations, written at once; a second pending one for the same address and
     * chapter is refused by the database.
     */
    void addAll(List<Invitation> invitations);

    /**
     * Marks the chapter's pending invitations past their day as expired, so that their addresses
     * may be invited again.
     */
    void settleExpired(ChapterId chapter, Instant now);

    /** The invitation with this id. */
    Optional<Invitation> find(String id);

    /** The invitation whose link token has this digest. */
    Optional<Invitation> findByToken(String tokenDigest);

    /**
     * The invitation whose link token has this digest, locked until the transaction ends, so that
     * two uses of one link at the same moment are one after the other and the second is refused.
     */
    Optional<Invitation> findByTokenForUse(String tokenDigest);

    /**
     * Locks the chapter's invitations until the transaction ends (by its row), so that two
     * stewards inviting the same addresses at once are one after the other and the second finds
     * the first one's invitations.
     */
    void lockChapter(ChapterId chapter);

    /** The chapter's invitations marked pending (some may be past their day) whose address is one of these. */
    List<Invitation> pendingFor(ChapterId chapter, Collection<String> addresses);

    /** Of these addresses, those of people who are members of the chapter (any status but left). */
    Set<String> currentMemberAddresses(ChapterId chapter, Collection<String> addresses);

    /** Of these addresses, those that have an account (a member with that address). */
    Set<String> addressesWithAccount(Collection<String> addresses);

    /** A page of the chapter's invitations marked pending, newest first. */
    List<Invitation> pending(ChapterId chapter, int offset, int limit);

    /** How many of the chapter's invitations are marked pending. */
    long countPending(ChapterId chapter);
}
