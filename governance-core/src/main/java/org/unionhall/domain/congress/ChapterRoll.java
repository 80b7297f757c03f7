package org.unionhall.domain.congress;

import java.util.List;
import java.util.Objects;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;

/**
 * A chapter as it stands at the record date: its certified membership count and its delegates,
 * longest-serving first (the order decides who receives a remainder of the weight).
 *
 * @param chapter the chapter
 * @param name its name, kept for the record
 * @param certifiedMembers active members at the record date
 * @param delegates its delegates in office at the record date
 */
public record ChapterRoll(ChapterId chapter, String name, long certifiedMembers, List<MemberId> delegates) {

    /** Copies the list; no negative counts. */
    public ChapterRoll {
        Objects.requireNonNull(chapter);
        Objects.requireNonNull(name);
        if (certifiedMembers < 0) {
            throw new IllegalArgumentException("negative membership count");
        }
        delegates = List.copyOf(delegates);
    }
}
