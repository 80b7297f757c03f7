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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
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

    @Column(name = "how_to_join", nullable = false, length = 1000)
    private String howToJoin = "";

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

    /**
     * Its stewards found a new chapter. The short name is the chapter's address everywhere (pages,
     * the API, election scopes), so it must be free across the installation, not only in this
     * union; two chapters of one union may not share a name either.
     *
     * @param ownChapters every chapter of this union
     * @param shortNameTakenElsewhere whether another union, or a chapter of another union, already
     *                                uses the short name
     * @param delegateSeats how many delegates it sends to the union congress (1..{@value Chapter#MAX_SEATS})
     */
    public Chapter foundChapter(String chapterSlug, String chapterName, String chapterDescription, int delegateSeats,
                                List<Chapter> ownChapters, boolean shortNameTakenElsewhere, Instant now) {
        Chapter founded = openChapter(chapterSlug, chapterName, chapterDescription, delegateSeats, now);
        for (Chapter sibling : ownChapters) {
            if (sibling.slug().equals(founded.slug())) {
                throw new RuleViolation(name + " already has a chapter with the short name \"" + founded.slug()
                        + "\" (" + sibling.name() + ").");
            }
        }
        if (shortNameTakenElsewhere) {
            throw new RuleViolation("The short name \"" + founded.slug() + "\" is already used on this installation; "
                    + "chapters are addressed by it alone, so choose another.");
        }
        Chapter.refuseNameOfSibling(founded.name(), founded.id(), ownChapters, name);
        return founded;
    }

    /**
     * Its stewards describe the union to the public: what it is for, and in their own words how
     * to join. Both are shown to visitors on the union's public page.
     *
     * @param purpose what the union is for (required, at most 1,000 characters)
     * @param joining how to join, in the stewards' words (optional, at most 1,000 characters)
     * @return whether anything changed (the same description sent twice changes nothing)
     */
    public boolean describe(String purpose, String joining) {
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInput("Say what the union is for: the description is required.");
        }
        String checkedPurpose = Check.note(purpose, "The union's description", 1000);
        String checkedJoining = Check.note(joining, "How to join", 1000);
        if (checkedPurpose.equals(description) && checkedJoining.equals(howToJoin())) {
            return false;
        }
        this.description = checkedPurpose;
        this.howToJoin = checkedJoining;
        return true;
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

    /** What it organises: what it is for. */
    public String description() {
        return description;
    }

    /** How to join, in its stewards' words; empty when they have not said. */
    public String howToJoin() {
        return howToJoin == null ? "" : howToJoin;
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
