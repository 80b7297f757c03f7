package org.unionhall.domain.treasury;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.membership.InstanceId;
import org.unionhall.domain.membership.MemberId;

/**
 * Who gave a contribution or made a pledge: a member, an instance, or nobody known (neither id). It
 * is kept in the contribution's or pledge's own record, which only the union's treasurers and the
 * giver read; the ledger never holds it. A value: two givers with the same ids are the same giver.
 */
@Embeddable
@Access(AccessType.FIELD)
public class Giver {
    @Column(name = "member_id", length = 36)
    private String memberId;

    @Column(name = "instance_id", length = 36)
    private String instanceId;

    /** For JPA only. */
    protected Giver() {
    }

    private Giver(String memberId, String instanceId) {
        this.memberId = memberId;
        this.instanceId = instanceId;
    }

    /** A member. */
    public static Giver member(MemberId member) {
        return new Giver(Objects.requireNonNull(member, "member").toString(), null);
    }

    /** An instance. */
    public static Giver instance(InstanceId instance) {
        return new Giver(null, Objects.requireNonNull(instance, "instance").toString());
    }

    /** Nobody known. */
    public static Giver anonymous() {
        return new Giver(null, null);
    }

    /** Member, instance or anonymous, by the id it holds. */
    public GiverKind kind() {
        return memberId != null ? GiverKind.MEMBER : instanceId != null ? GiverKind.INSTANCE : GiverKind.ANONYMOUS;
    }

    /** The member, for {@link GiverKind#MEMBER}. */
    public Optional<MemberId> member() {
        return Optional.ofNullable(memberId).map(MemberId::of);
    }

    /** The instance, for {@link GiverKind#INSTANCE}. */
    public Optional<InstanceId> instance() {
        return Optional.ofNullable(instanceId).map(InstanceId::of);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Giver g && Objects.equals(memberId, g.memberId)
                && Objects.equals(instanceId, g.instanceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberId, instanceId);
    }

    @Override
    public String toString() {
        return kind() + member().map(m -> " " + m).or(() -> instance().map(i -> " " + i)).orElse("");
    }
}
