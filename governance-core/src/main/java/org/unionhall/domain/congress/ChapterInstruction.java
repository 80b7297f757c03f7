package org.unionhall.domain.congress;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;

/** A chapter's instruction to its delegates for one congress vote, who gave it and when. */
@Embeddable
@Access(AccessType.FIELD)
public class ChapterInstruction {
    @Column(name = "chapter_id", nullable = false, length = 36)
    private String chapterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "instruction", nullable = false, length = 10)
    private Instruction instruction;

    @Column(name = "set_by", nullable = false, length = 36)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    /** For JPA only. */
    protected ChapterInstruction() {
    }

    ChapterInstruction(ChapterId chapter, Instruction instruction, MemberId by, Instant at) {
        this.chapterId = chapter.toString();
        this.instruction = instruction;
        this.setBy = by.toString();
        this.setAt = at;
    }

    /** The chapter. */
    public ChapterId chapterId() {
        return ChapterId.of(chapterId);
    }

    /** The instruction. */
    public Instruction instruction() {
        return instruction;
    }

    /** The steward who set it. */
    public MemberId setBy() {
        return MemberId.of(setBy);
    }

    /** When. */
    public Instant setAt() {
        return setAt;
    }
}
