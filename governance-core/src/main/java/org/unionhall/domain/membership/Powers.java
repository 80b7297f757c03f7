package org.unionhall.domain.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.shared.AccessDenied;

/**
 * What one member may do, worked out once from their memberships in good standing and their
 * mandates in force today. This is the one place Unionhall decides who may do what; every
 * service asks it, and states what it requires with one of the {@code require…} methods.
 *
 * <ul>
 *   <li>A <b>member</b> of a chapter holds an active membership in it; a member of a union holds
 *   one in any of its chapters.</li>
 *   <li>A union's <b>insiders</b> are its members and its stewards: they see its members,
 *   mandates, motions and elections. Nobody else does.</li>
 *   <li>Powers are scoped: a <b>steward</b> of a chapter has power in that chapter only; a steward
 *   of a union in the union and all of its chapters. A mandate counts only during its term and
 *   until it is ended.</li>
 *   <li>The installation's <b>operator</b> runs the installation (its mail, its federation
 *   settings). That is no power in any union, and no union power makes anyone operator.</li>
 * </ul>
 */
public final class Powers {
    private final MemberId member;
    private final List<Membership> active;
    private final List<Mandate> inForce;
    private final boolean operator;

    private Powers(MemberId member, List<Membership> active, List<Mandate> inForce, boolean operator) {
        this.member = member;
        this.active = active;
        this.inForce = inForce;
        this.operator = operator;
    }

    /**
     * @param memberships the member's memberships (any; only active ones count)
     * @param mandates the member's mandates (any, past and future too; only those in force count)
     * @param today the day to judge by
     */
    public static Powers of(MemberId member, Collection<Membership> memberships, Collection<Mandate> mandates,
                            LocalDate today) {
        return of(member, memberships, mandates, today, false);
    }

    /**
     * The powers of someone who may also be the installation's operator.
     *
     * @param operator whether their account is the installation's operator
     */
    public static Powers of(MemberId member, Collection<Membership> memberships, Collection<Mandate> mandates,
                            LocalDate today, boolean operator) {
        return new Powers(member,
                memberships.stream().filter(m -> m.member().equals(member) && m.isActive()).toList(),
                mandates.stream().filter(m -> m.holder().equals(member) && m.activeOn(today)).toList(),
                operator);
    }

    /** Whose powers these are. */
    public MemberId member() {
        return member;
    }

    /** Whether they are an active member of the chapter. */
    public boolean isMemberOf(ChapterId chapter) {
        return active.stream().anyMatch(m -> m.chapterId().equals(chapter));
    }

    /** Whether they are an active member of any chapter of the union. */
    public boolean isMemberOfUnion(UnionId union) {
        return active.stream().anyMatch(m -> m.unionId().equals(union));
    }

    /**
     * Whether they are an active member of a scope: of the chapter when one is named, otherwise
     * of any chapter of the union.
     */
    public boolean isMemberOf(UnionId union, Optional<ChapterId> chapter) {
        return chapter.map(this::isMemberOf).orElseGet(() -> isMemberOfUnion(union));
    }

    /** Whether they see the union's inner business: as one of its members or its stewards. */
    public boolean isInsider(UnionId union) {
        return isMemberOfUnion(union) || stewardsUnion(union);
    }

    /** Whether they may steward the chapter: as its steward, or as a steward of its union. */
    public boolean stewards(Chapter chapter) {
        return holds(MandateRole.STEWARD, chapter.unionId(), Optional.of(chapter.id()));
    }

    /**
     * Whether they steward a scope: the chapter when one is named (as its steward or a steward of
     * its union), otherwise the whole union.
     */
    public boolean stewards(UnionId union, Optional<ChapterId> chapter) {
        return holds(MandateRole.STEWARD, union, chapter);
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

    /** Whether they are the installation's operator. */
    public boolean isOperator() {
        return operator;
    }

    /** The mandates in force. */
    public List<Mandate> inForce() {
        return inForce;
    }

    /**
     * Refuses anyone but the union's members and stewards.
     *
     * @param what what they would see, as in "Only members of X see {what}."
     */
    public void requireInsider(Union union, String what) {
        if (!isInsider(union.id())) {
            throw new AccessDenied("Only members of " + union.name() + " see " + what + ".");
        }
    }

    /** Refuses anyone but a steward of the chapter or of its union. */
    public void requireSteward(Chapter chapter) {
        if (!stewards(chapter)) {
            throw new AccessDenied("Only a steward of " + chapter.name() + " or of its union may do this.");
        }
    }

    /** Refuses anyone but a steward of the whole union. */
    public void requireUnionSteward(Union union) {
        if (!stewardsUnion(union.id())) {
            throw new AccessDenied("Only a steward of " + union.name() + " may do this.");
        }
    }

    /** Refuses anyone but the installation's operator. */
    public void requireOperator() {
        if (!operator) {
            throw new AccessDenied("Only the operator of this installation may do this.");
        }
    }
}
