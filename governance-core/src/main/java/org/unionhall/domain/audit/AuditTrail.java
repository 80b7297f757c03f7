package org.unionhall.domain.audit;

import java.util.List;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.UnionId;

/** Where audit entries are kept. Append-only: there is no way to change or remove an entry. */
public interface AuditTrail {

    /** Adds an entry. */
    void append(AuditEntry entry);

    /** Adds entries in one write, as one action that writes many (a linked batch of transfers) needs. */
    void appendAll(List<AuditEntry> entries);

    /** Entries of one chapter, newest first. */
    List<AuditEntry> ofChapter(ChapterId chapter, int offset, int limit);

    /** How many entries a chapter has. */
    long countOfChapter(ChapterId chapter);

    /** Entries of a union and all its chapters, newest first. */
    List<AuditEntry> ofUnion(UnionId union, int offset, int limit);

    /** How many entries a union and its chapters have. */
    long countOfUnion(UnionId union);
}
