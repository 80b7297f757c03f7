package org.unionhall.domain.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What one member may do, worked out from their mandates in force today. Powers are scoped: a
 * steward of a chapter has power in that chapter only; a steward of a union in the union and all
 * of its chapters.
 */
public final class Powers {
    private final MemberId member;
    private final List<Mandate> inForce;

    private Powers(MemberId member, List<Mandate> inForce) {
        this.member = member;
        this.inForce = inForce;
    }

    /**
     * @param mandates the member's mandates (any, past and future too; only those in force count)
     * @param today the day to judge by
     */
    public static Powers of(MemberId member, Collection<Mandate> mandates, LocalDate today) {
        return new Powers(member, mandates.stream()
                .filter(m -> m.holder().equals(member) && m.activeOn(today))
                .toList());
    }

    /** Whether they may steward the chapter: as its steward, or as a steward of its union. */
    public boolean stewards(Chapter chapter) {
        return holds(MandateRole.STEWARD, chapter.unionId(), Optional.of(chapter.id()));
    }

    /** Whether they are a steward of the whole union. */
    public boolean stewardsUnion(UnionId union) {
        return inForce.stream().anyMatch(m -> m.role() == MandateRole.STEWARD
                && m.scopeKind() == ScopeKind.UNION && m.unionId().equals(union));
    }

    /** Whether they hold the role with power over the given scope (a union mandate covers its chapters). */
    public boolean holds(MandateRole role, UnionId union, Optional<ChapterId> chapter) {
        return inForce.stream().anyMatch(m -> m.role() == role && m.covers(union, chapter));
    }

    /** Whose powers these are. */
    public MemberId member() {
        return member;
    }

    /** The mandates in force. */
    public List<Mandate> inForce() {
        return inForce;
    }
}
