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
 *   <li>An <b>officer</b>'s mandate (steward, treasurer, trustee) confers its powers only when the
 *   member signed in with a second factor in this session ({@link SecondFactor}); without it the
 *   mandate is still theirs, but every require method refuses with a sentence telling them to
 *   turn on two-factor sign-in, and the questions ({@code stewards}, {@code holds}) answer no.</li>
 *   <li>The installation's <b>operator</b> runs the installation (its mail, its federation
 *   settings). That is no power in any union, and no union power makes anyone operator.</li>
 * </ul>
 */
public final class Powers {
    private final MemberId member;
    private final List<Membership> active;
    private final List<Mandate> inForce;
    private final boolean operator;
    private final SecondFactor secondFactor;
    private final List<Mandate> acting;

    private Powers(MemberId member, List<Membership> active, List<Mandate> inForce, boolean operator,
                   SecondFactor secondFactor) {
        this.member = member;
        this.active = active;
        this.inForce = inForce;
        this.operator = operator;
        this.secondFactor = secondFactor;
        this.acting = inForce.stream()
                .filter(m -> !m.role().isOfficer() || secondFactor.letsOfficersAct()).toList();
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
                operator, SecondFactor.NOT_REQUIRED);
    }

    /** The same powers for a session with or without a second factor. */
    public Powers withSecondFactor(SecondFactor given) {
        return new Powers(member, active, inForce, operator, java.util.Objects.requireNonNull(given));
    }

    /** Whether a second factor was given in this session (or is not required here). */
    public SecondFactor secondFactor() {
        return secondFactor;
    }

    /**
     * The officer's roles the member holds but cannot act in until they sign in with a second
     * factor, for the banner that tells them so; empty when none.
     */
    public List<MandateRole> waitingForSecondFactor() {
        return inForce.stream().map(Mandate::role).filter(MandateRole::isOfficer)
                .filter(r -> !secondFactor.letsOfficersAct()).distinct().sorted().toList();
    }

    /**
     * Refuses, with a sentence saying what to do, a member who holds the role over the scope but
     * has not given a second factor in this session; lets everyone else through (whether they
     * hold the role at all is for the caller to ask).
     */
    public void requireSecondFactorFor(MandateRole role, UnionId union, Optional<ChapterId> chapter) {
        if (role.isOfficer() && !secondFactor.letsOfficersAct()
                && inForce.stream().anyMatch(m -> m.role() == role && m.covers(union, chapter))) {
            throw secondFactorMissing(role);
        }
    }

    /**
     * Refuses a member who has not given a second factor in this session from acting in an
     * officer's role that comes from elsewhere than a mandate of theirs (a trustee named in an
     * election).
     */
    public void requireSecondFactorFor(MandateRole role) {
        if (role.isOfficer() && !secondFactor.letsOfficersAct()) {
            throw secondFactorMissing(role);
        }
    }

    /** The refusal that tells an officer to turn on two-factor sign-in. */
    public static AccessDenied secondFactorMissing(MandateRole role) {
        String as = role.label().toLowerCase(java.util.Locale.ROOT);
        return new AccessDenied("Turn on two-factor sign-in in your account settings before acting as " + as
                + ". If it is on already, sign out and sign in again with a code from your app.");
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
        return acting.stream().anyMatch(m -> m.role() == MandateRole.STEWARD
                && m.scopeKind() == ScopeKind.UNION && m.unionId().equals(union));
    }

    /** Whether they hold the role with power over the given scope (a union mandate covers its chapters). */
    public boolean holds(MandateRole role, UnionId union, Optional<ChapterId> chapter) {
        return acting.stream().anyMatch(m -> m.role() == role && m.covers(union, chapter));
    }

    /** Whether they are the installation's operator. */
    public boolean isOperator() {
        return operator;
    }

    /** The mandates in force (officers' ones too when they cannot act for want of a second factor). */
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
            if (!isMemberOfUnion(union.id())) {
                requireSecondFactorFor(MandateRole.STEWARD, union.id(), Optional.empty());
            }
            throw new AccessDenied("Only members of " + union.name() + " see " + what + ".");
        }
    }

    /** Refuses anyone but a steward of the chapter or of its union. */
    public void requireSteward(Chapter chapter) {
        if (!stewards(chapter)) {
            requireSecondFactorFor(MandateRole.STEWARD, chapter.unionId(), Optional.of(chapter.id()));
            throw new AccessDenied("Only a steward of " + chapter.name() + " or of its union may do this.");
        }
    }

    /** Refuses anyone but a steward of the whole union. */
    public void requireUnionSteward(Union union) {
        if (!stewardsUnion(union.id())) {
            if (inForce.stream().anyMatch(m -> m.role() == MandateRole.STEWARD && m.scopeKind() == ScopeKind.UNION
                    && m.unionId().equals(union.id()))) {
                requireSecondFactorFor(MandateRole.STEWARD);
            }
            throw new AccessDenied("Only a steward of " + union.name() + " may do this.");
        }
    }

    /** Whether they keep the whole union's books: a treasurer with a mandate over the union. */
    public boolean isTreasurerOf(UnionId union) {
        return holds(MandateRole.TREASURER, union, Optional.empty());
    }

    /**
     * Refuses anyone but a treasurer of the whole union: who records its transfers and signs for
     * its ledger. A chapter's treasurer keeps no union books; a treasurer without a second factor
     * in this session is told to give one.
     */
    public void requireTreasurer(Union union) {
        if (!isTreasurerOf(union.id())) {
            requireSecondFactorFor(MandateRole.TREASURER, union.id(), Optional.empty());
            throw new AccessDenied("Only a treasurer of " + union.name() + " may do this.");
        }
    }

    /** Refuses anyone but the installation's operator. */
    public void requireOperator() {
        if (!operator) {
            throw new AccessDenied("Only the operator of this installation may do this.");
        }
    }
}
