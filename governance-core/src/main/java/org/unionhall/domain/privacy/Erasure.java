package org.unionhall.domain.privacy;

import java.time.LocalDate;
import java.util.Collection;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MandateRole;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.ScopeKind;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.shared.RuleViolation;

/**
 * The union's rule on a member erasing their account: a union is never left without a steward of
 * the whole union, since only such a steward can assign the next one. The member hands the
 * mandate on first.
 */
public final class Erasure {
    private Erasure() {
    }

    /**
     * Refuses the erasure of the last steward of the whole union.
     *
     * @param person who would erase their account
     * @param union a union the person belongs to or serves
     * @param mandates the union's mandates (any; only union stewards in force today count)
     */
    public static void requireNotLastSteward(MemberId person, Union union, Collection<Mandate> mandates,
                                             LocalDate today) {
        boolean steward = false;
        boolean another = false;
        for (Mandate m : mandates) {
            if (m.role() == MandateRole.STEWARD && m.scopeKind() == ScopeKind.UNION && m.unionId().equals(union.id())
                    && m.activeOn(today)) {
                if (m.holder().equals(person)) {
                    steward = true;
                } else {
                    another = true;
                }
            }
        }
        if (steward && !another) {
            throw new RuleViolation("You are the last steward of " + union.name() + ": hand the mandate on first "
                    + "(as its steward, assign a steward of the whole union to another member), then erase your "
                    + "account. Nothing was erased.");
        }
    }
}
