package org.unionhall.domain.bylaws;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.membership.FederationId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.shared.RuleViolation;

/**
 * One version of the bylaws of a union or of the federation. The first version is adopted when a
 * union is founded; every later one starts as a proposal carried by a {@code BYLAWS_AMENDMENT}
 * motion and is put in force by {@link #adoptAfter}, which numbers it and supersedes its
 * predecessor. The terms of a version never change.
 */
@Entity
@Table(name = "bylaws")
@Access(AccessType.FIELD)
public class Bylaws {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "scope_key", nullable = false, length = 50)
    private String scopeKey;

    @Column(name = "union_id", length = 36)
    private String unionId;

    @Column(name = "federation_id", nullable = false, length = 36)
    private String federationId;

    @Column(name = "version_number")
    private Integer number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BylawsStatus status;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    @Column(name = "adopted_by_motion_id", length = 36)
    private String adoptedByMotion;

    @Embedded
    private BylawsTerms terms;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Bylaws() {
    }

    private Bylaws(FederationId federation, Optional<UnionId> union, BylawsTerms terms, Instant now) {
        this.id = BylawsId.generate().toString();
        this.federationId = federation.toString();
        this.unionId = union.map(UnionId::toString).orElse(null);
        this.scopeKey = union.map(u -> "union:" + u).orElse("federation:" + federation);
        this.terms = Objects.requireNonNull(terms, "terms");
        this.proposedAt = Objects.requireNonNull(now);
        this.status = BylawsStatus.PROPOSED;
    }

    /** The founding bylaws of a union: version 1, in force at once. */
    public static Bylaws foundingOfUnion(FederationId federation, UnionId union, BylawsTerms terms, Instant now) {
        Bylaws first = new Bylaws(federation, Optional.of(union), terms, now);
        first.putInForce(1, Optional.empty(), now);
        return first;
    }

    /** The founding bylaws of the federation: version 1, in force at once. */
    public static Bylaws foundingOfFederation(FederationId federation, BylawsTerms terms, Instant now) {
        Bylaws first = new Bylaws(federation, Optional.empty(), terms, now);
        first.putInForce(1, Optional.empty(), now);
        return first;
    }

    /** A proposed next version of these (in force) bylaws, as a bylaws amendment carries it. */
    public Bylaws proposeNext(BylawsTerms next, Instant now) {
        if (status != BylawsStatus.IN_FORCE) {
            throw new RuleViolation("Only the bylaws in force can be amended; version " + number + " is "
                    + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
        }
        return new Bylaws(federationId(), unionId(), next, now);
    }

    /**
     * Puts this proposal in force as the version after {@code current}, which is superseded.
     *
     * @param motion the bylaws amendment that carried it
     */
    public void adoptAfter(Bylaws current, String motion, Instant now) {
        if (status != BylawsStatus.PROPOSED) {
            throw new RuleViolation("This version of the bylaws is not a pending proposal.");
        }
        if (!current.scopeKey.equals(scopeKey) || current.status != BylawsStatus.IN_FORCE) {
            throw new RuleViolation("A proposal can only follow the bylaws in force of its own union or federation.");
        }
        current.status = BylawsStatus.SUPERSEDED;
        putInForce(current.number + 1, Optional.of(motion), now);
    }

    /** The proposal's amendment failed or was withdrawn. */
    public void reject() {
        if (status != BylawsStatus.PROPOSED) {
            throw new RuleViolation("Only a pending proposal can be rejected.");
        }
        status = BylawsStatus.REJECTED;
    }

    private void putInForce(int versionNumber, Optional<String> motion, Instant now) {
        this.number = versionNumber;
        this.status = BylawsStatus.IN_FORCE;
        this.adoptedAt = now;
        this.adoptedByMotion = motion.orElse(null);
    }

    /** Its id. */
    public BylawsId id() {
        return BylawsId.of(id);
    }

    /** The union, or empty for the federation's bylaws. */
    public Optional<UnionId> unionId() {
        return Optional.ofNullable(unionId).map(UnionId::of);
    }

    /** The federation (of the union, for a union's bylaws). */
    public FederationId federationId() {
        return FederationId.of(federationId);
    }

    /** The version number, once in force (1, 2, ...). */
    public Optional<Integer> number() {
        return Optional.ofNullable(number);
    }

    /** Where it stands. */
    public BylawsStatus status() {
        return status;
    }

    /** When it was proposed (for version 1: adopted). */
    public Instant proposedAt() {
        return proposedAt;
    }

    /** When it came in force. */
    public Optional<Instant> adoptedAt() {
        return Optional.ofNullable(adoptedAt);
    }

    /** The motion that carried it; empty for founding bylaws. */
    public Optional<String> adoptedByMotion() {
        return Optional.ofNullable(adoptedByMotion);
    }

    /** The rules. */
    public BylawsTerms terms() {
        return terms;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bylaws other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
