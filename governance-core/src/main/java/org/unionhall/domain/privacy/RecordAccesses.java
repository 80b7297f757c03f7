package org.unionhall.domain.privacy;

import java.util.Collection;
import java.util.List;
import org.unionhall.domain.membership.MemberId;

/** Where the lines of who looked at or exported a member's record are kept. */
public interface RecordAccesses {

    /**
     * Adds lines. A view of the same record by the same person for the same reason within an
     * hour of the last one written may be left out (a steward paging through the roll).
     */
    void add(Collection<RecordAccess> accesses);

    /** The lines about a member's record, newest first. */
    List<RecordAccess> ofMember(MemberId member);
}
