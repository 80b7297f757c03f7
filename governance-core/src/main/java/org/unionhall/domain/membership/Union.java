package org.unionhall.domain.membership;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A user union: people of one kind of platform (a Fediverse moderators' union, an indie sellers'
 * union) organised in chapters. Union-wide mandates (steward, treasurer, trustee) act for it.
 */
@Entity(name = "TradeUnion")
@Table(name = "trade_union")
@Access(AccessType.FIELD)
public class Union {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "federation_id", nullable = false, length = 36)
    private String federationId;

    @Column(name = "slug", nullable = false, length = 60)
    private String slug;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Union() {
    }

    Union(FederationId federation, String slug, String name, String description, Instant now) {
        this.id = UnionId.generate().toString();
        this.federationId = federation.toString();
        this.slug = Check.slug(slug, "The union's short name");
        this.name = Check.text(name, "The union's name", 120);
        this.description = Check.note(description, "The union's description", 1000);
        this.createdAt = Objects.requireNonNull(now);
    }

    /**
     * Opens a chapter of this union.
     *
     * @param delegateSeats how many delegates the chapter sends to the union congress (1..{@value Chapter#MAX_SEATS})
     */
    public Chapter openChapter(String chapterSlug, String chapterName, String chapterDescription, int delegateSeats,
                               Instant now) {
        return new Chapter(id(), chapterSlug, chapterName, chapterDescription, delegateSeats, now);
    }

    /** Starts working with a Fediverse server. */
    public Instance workWith(String host, String instanceName) {
        return new Instance(id(), host, instanceName);
    }

    /**
     * Appoints a member to a union-wide role (steward, treasurer, trustee) for a term. The holder
     * must be an active member of one of the union's chapters and may not hold the same role for
     * an overlapping term.
     *
     * @param memberships the member's memberships (any union; only this union's count)
     * @param unionMandates every union-scoped mandate of this union
     */
    public Mandate appoint(MandateRole role, MemberId member, Collection<Membership> memberships, Term term,
                           Collection<Mandate> unionMandates, MemberId assignedBy, Instant now, LocalDate today) {
        return appoint(role, member, memberships, term, unionMandates, Optional.of(assignedBy), now, today);
    }

    /**
     * Records the first steward of a union, chosen by its founding assembly rather than by another
     * steward. Refused once the union has a steward in office.
     */
    public Mandate appointFoundingSteward(MemberId member, Collection<Membership> memberships, Term term,
                                          Collection<Mandate> unionMandates, Instant now, LocalDate today) {
        boolean hasSteward = unionMandates.stream()
                .anyMatch(m -> m.role() == MandateRole.STEWARD && m.scopeKind() == ScopeKind.UNION
                        && m.unionId().equals(id()) && m.activeOn(today));
        if (hasSteward) {
            throw new RuleViolation(name + " already has a steward; new stewards are assigned by a steward.");
        }
        return appoint(MandateRole.STEWARD, member, memberships, term, unionMandates, Optional.empty(), now, today);
    }

    private Mandate appoint(MandateRole role, MemberId member, Collection<Membership> memberships, Term term,
                            Collection<Mandate> unionMandates, Optional<MemberId> assignedBy, Instant now,
                            LocalDate today) {
        String roleName = role.label().toLowerCase(Locale.ROOT);
        if (!role.allowedIn(ScopeKind.UNION)) {
            throw new RuleViolation("A " + roleName + " is appointed for a chapter, not for a whole union.");
        }
        boolean activeHere = memberships.stream()
                .anyMatch(m -> m.member().equals(member) && m.unionId().equals(id()) && m.isActive());
        if (!activeHere) {
            throw new RuleViolation("Only an active member of a chapter of " + name + " can hold a union "
                    + roleName + " mandate.");
        }
        if (term.end().isBefore(today)) {
            throw new RuleViolation("The term " + term + " is already over.");
        }
        for (Mandate m : unionMandates) {
            if (m.scopeKind() == ScopeKind.UNION && m.unionId().equals(id()) && m.role() == role
                    && m.holder().equals(member) && m.overlaps(term)) {
                throw new RuleViolation("This member already holds a union " + roleName + " mandate for "
                        + m.effectiveTerm().orElseThrow() + ".");
            }
        }
        return new Mandate(role, member, id(), Optional.empty(), term, assignedBy, now);
    }

    /** Its id. */
    public UnionId id() {
        return UnionId.of(id);
    }

    /** The federation it belongs to. */
    public FederationId federationId() {
        return FederationId.of(federationId);
    }

    /** Its URL name. */
    public String slug() {
        return slug;
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** What it organises. */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Union other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
