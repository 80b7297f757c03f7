package org.unionhall.domain.treasury;

import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.membership.InstanceId;
import org.unionhall.domain.membership.MemberId;

/**
 * Who gave a contribution or made a pledge: a member, an instance, or nobody known. It is kept in
 * the contribution's own record, which only the union's treasurers and the giver read; the ledger
 * never holds it.
 *
 * @param kind member, instance or anonymous
 * @param member the member, for {@link GiverKind#MEMBER}
 * @param instance the instance, for {@link GiverKind#INSTANCE}
 */
public record Giver(GiverKind kind, Optional<MemberId> member, Optional<InstanceId> instance) {

    /** Checks that exactly the id its kind needs is given. */
    public Giver {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(instance, "instance");
        if (member.isPresent() != (kind == GiverKind.MEMBER) || instance.isPresent() != (kind == GiverKind.INSTANCE)) {
            throw new IllegalArgumentException("a giver of kind " + kind + " with member " + member + " and instance "
                    + instance);
        }
    }

    /** A member. */
    public static Giver member(MemberId member) {
        return new Giver(GiverKind.MEMBER, Optional.of(member), Optional.empty());
    }

    /** An instance. */
    public static Giver instance(InstanceId instance) {
        return new Giver(GiverKind.INSTANCE, Optional.empty(), Optional.of(instance));
    }

    /** Nobody known. */
    public static Giver anonymous() {
        return new Giver(GiverKind.ANONYMOUS, Optional.empty(), Optional.empty());
    }
}
