package org.unionhall.domain.congress;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;

/** One delegate's share of their chapter's weight in one congress vote. */
@Embeddable
@Access(AccessType.FIELD)
public class Seat {
    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "chapter_id", nullable = false, length = 36)
    private String chapterId;

    @Column(name = "weight", nullable = false)
    private long weight;

    /** For JPA only. */
    protected Seat() {
    }

    Seat(MemberId delegate, ChapterId chapter, long weight) {
        this.memberId = delegate.toString();
        this.chapterId = chapter.toString();
        this.weight = weight;
    }

    /** The delegate. */
    public MemberId delegate() {
        return MemberId.of(memberId);
    }

    /** The chapter they speak for. */
    public ChapterId chapterId() {
        return ChapterId.of(chapterId);
    }

    /** Their weight. */
    public long weight() {
        return weight;
    }
}
