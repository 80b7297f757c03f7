package org.unionhall.domain.congress;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.unionhall.domain.membership.ChapterId;

/** A chapter's weight in one congress vote: the membership count certified at the record date. */
@Embeddable
@Access(AccessType.FIELD)
public class CertifiedChapter {
    @Column(name = "chapter_id", nullable = false, length = 36)
    private String chapterId;

    @Column(name = "chapter_name", nullable = false, length = 120)
    private String chapterName;

    @Column(name = "members_certified", nullable = false)
    private long membersCertified;

    @Column(name = "delegates", nullable = false)
    private int delegates;

    /** For JPA only. */
    protected CertifiedChapter() {
    }

    CertifiedChapter(ChapterId chapter, String name, long members, int delegates) {
        this.chapterId = chapter.toString();
        this.chapterName = name;
        this.membersCertified = members;
        this.delegates = delegates;
    }

    /** The chapter. */
    public ChapterId chapterId() {
        return ChapterId.of(chapterId);
    }

    /** Its name at the record date. */
    public String chapterName() {
        return chapterName;
    }

    /** Its certified membership count: its weight. */
    public long membersCertified() {
        return membersCertified;
    }

    /** How many delegates share the weight. */
    public int delegates() {
        return delegates;
    }
}
