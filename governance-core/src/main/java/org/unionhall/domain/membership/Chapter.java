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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A chapter: the local group of exactly one union, which members join and which sends a fixed
 * number of delegates to the union congress. The chapter checks the rules of its own mandates:
 * the holder must be an active member here, nobody holds the same role twice at once, and the
 * delegates in office never outnumber the seats. Its version is raised whenever a mandate is
 * assigned here, so two stewards filling the last seat at once cannot both succeed.
 */
@Entity
@Table(name = "chapter")
@Access(AccessType.FIELD)
public class Chapter {
    /** The most delegate seats a chapter may have. */
    public static final int MAX_SEATS = 100;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "slug", nullable = false, length = 60)
    private String slug;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "delegate_seats", nullable = false)
    private int delegateSeats;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Chapter() {
    }

    Chapter(UnionId union, String slug, String name, String description, int delegateSeats, Instant now) {
        this.id = ChapterId.generate().toString();
        this.unionId = union.toString();
        this.slug = Check.slug(slug, "The chapter's short name");
        this.name = Check.text(name, "The chapter's name", 120);
        this.description = Check.note(description, "The chapter's description", 1000);
        this.delegateSeats = checkSeats(delegateSeats);
        this.createdAt = Objects.requireNonNull(now);
    }

    private static int checkSeats(int seats) {
        if (seats < 1 || seats > MAX_SEATS) {
            throw new InvalidInput("A chapter has between 1 and " + MAX_SEATS + " delegate seats.");
        }
        return seats;
    }

    /**
     * A person asks to join.
     *
     * @param existing their membership of this chapter, if they ever had one
     * @param pending their pending request here, if any
     */
    public JoinRequest receiveJoinRequest(MemberId member, Optional<Membership> existing,
                                          Optional<JoinRequest> pending, String note, Instant now) {
        if (existing.isPresent() && existing.get().isCurrent()) {
            throw new RuleViolation("You are already a member of " + name + " ("
                    + existing.get().status().name().toLowerCase(Locale.ROOT) + ").");
        }
        if (pending.isPresent() && pending.get().isPending()) {
            throw new RuleViolation("Your request to join " + name + " already waits for a steward.");
        }
        return new JoinRequest(member, id(), unionId(), note, now);
    }

    /**
     * Records a founding member: someone who belonged from the chapter's first meeting, before
     * there was a steward to admit anyone.
     *
     * @param existing their membership of this chapter, if any (then they cannot be enrolled again)
     */
    public Membership enrolFoundingMember(Member member, Optional<Membership> existing, Instant now,
                                          LocalDate today) {
        if (existing.isPresent()) {
            throw new RuleViolation("This person already has a membership of " + name + ".");
        }
        return new Membership(member, id(), unionId(), Optional.empty(), "Founding member", now, today);
    }

    /**
     * Admits the person an invitation named, when they accept it: a new active membership, or
     * their earlier one made active again if they had left.
     *
     * @param existing their membership of this chapter, if they ever had one
     * @param steward who invited them
     * @return the membership to store when it is new (the earlier one otherwise)
     */
    public Membership admitInvited(Member member, Optional<Membership> existing, MemberId steward, Instant now,
                                   LocalDate today) {
        if (existing.isPresent()) {
            Membership earlier = existing.get();
            if (earlier.isCurrent()) {
                throw new RuleViolation("You are already a member of " + name + ".");
            }
            earlier.rejoin(member, Optional.of(steward), "Joined by invitation", now, today);
            return earlier;
        }
        return new Membership(member, id(), unionId(), Optional.of(steward), "Joined by invitation", now, today);
    }

    /**
     * Appoints a member to a chapter role for a term.
     *
     * @param holder the member's membership of this chapter, if any
     * @param chapterMandates every mandate of this chapter (any role, any time)
     * @param assignedBy the steward who assigns
     * @param today the current day: a term that is already over cannot be assigned
     */
    public Mandate appoint(MandateRole role, MemberId member, Optional<Membership> holder, Term term,
                           Collection<Mandate> chapterMandates, MemberId assignedBy, Instant now, LocalDate today) {
        if (!role.allowedIn(ScopeKind.CHAPTER)) {
            throw new RuleViolation("A " + role.label().toLowerCase(Locale.ROOT)
                    + " is appointed for a whole union, not for a chapter.");
        }
        if (holder.isEmpty() || !holder.get().isActive() || !holder.get().chapterId().equals(id())
                || !holder.get().member().equals(member)) {
            throw new RuleViolation("Only an active member of " + name + " can hold a "
                    + role.label().toLowerCase(Locale.ROOT) + " mandate here.");
        }
        if (term.end().isBefore(today)) {
            throw new RuleViolation("The term " + term + " is already over.");
        }
        List<Mandate> mine = chapterMandates.stream()
                .filter(m -> m.chapterId().equals(Optional.of(id())))
                .toList();
        for (Mandate m : mine) {
            if (m.role() == role && m.holder().equals(member) && m.overlaps(term)) {
                throw new RuleViolation("This member already holds a " + role.label().toLowerCase(Locale.ROOT)
                        + " mandate of " + name + " for " + m.effectiveTerm().orElseThrow() + ".");
            }
        }
        if (role == MandateRole.DELEGATE) {
            int taken = mostDelegatesAtOnce(mine, term);
            if (taken >= delegateSeats) {
                throw new RuleViolation("Chapter " + name + " has no free delegate seat (" + taken + " of "
                        + delegateSeats + " taken) during " + term + ".");
            }
        }
        return new Mandate(role, member, unionId(), Optional.of(id()), term, Optional.of(assignedBy), now);
    }

    /** The largest number of this chapter's delegate mandates in force on any one day of the term. */
    static int mostDelegatesAtOnce(Collection<Mandate> mandates, Term term) {
        List<Term> delegates = new ArrayList<>();
        for (Mandate m : mandates) {
            if (m.role() == MandateRole.DELEGATE) {
                m.effectiveTerm().filter(t -> t.overlaps(term)).ifPresent(delegates::add);
            }
        }
        int most = 0;
        List<LocalDate> checkDays = new ArrayList<>();
        checkDays.add(term.start());
        delegates.stream().map(Term::start).filter(term::contains).forEach(checkDays::add);
        for (LocalDate day : checkDays) {
            int count = (int) delegates.stream().filter(t -> t.contains(day)).count();
            most = Math.max(most, count);
        }
        return most;
    }

    /** How many delegate mandates of this chapter are in force on the given day. */
    public int delegatesSeated(Collection<Mandate> chapterMandates, LocalDate day) {
        return (int) chapterMandates.stream()
                .filter(m -> m.role() == MandateRole.DELEGATE && m.chapterId().equals(Optional.of(id())))
                .filter(m -> m.activeOn(day))
                .count();
    }

    /**
     * Gives the chapter a new name. Its short name (its address) stays, so every link to it still
     * works; roll calls already opened keep the name the chapter had then.
     *
     * @param siblings every chapter of the same union (no two may share a name)
     * @param unionName the union's name, for the refusal
     * @return whether the name changed (the same name sent twice changes nothing)
     */
    public boolean rename(String newName, Collection<Chapter> siblings, String unionName) {
        String checked = Check.text(newName, "The chapter's name", 120);
        if (checked.equals(name)) {
            return false;
        }
        refuseNameOfSibling(checked, id(), siblings, unionName);
        this.name = checked;
        return true;
    }

    /** Refuses a chapter name another chapter of the same union already has (ignoring case). */
    static void refuseNameOfSibling(String wanted, ChapterId self, Collection<Chapter> siblings, String unionName) {
        for (Chapter sibling : siblings) {
            if (!sibling.id().equals(self) && sibling.name().equalsIgnoreCase(wanted)) {
                throw new RuleViolation(unionName + " already has a chapter called \"" + sibling.name() + "\".");
            }
        }
    }

    /**
     * Changes the number of seats (after the union's bylaws changed). Fewer seats than delegates
     * in office from today on is refused: a mandate is ended explicitly, never by shrinking seats.
     * A congress roll call already under way keeps the seats and weights it certified when it
     * opened; the new number counts from the next one.
     */
    public void changeDelegateSeats(int seats, Collection<Mandate> chapterMandates, LocalDate today) {
        int checked = checkSeats(seats);
        Term ahead = new Term(today, today.plus(Term.LONGEST));
        int most = mostDelegatesAtOnce(chapterMandates.stream()
                .filter(m -> m.chapterId().equals(Optional.of(id()))).toList(), ahead);
        if (most > checked) {
            throw new RuleViolation("Chapter " + name + " has " + most + " delegates in office; end a mandate before "
                    + "reducing the seats to " + checked + ".");
        }
        this.delegateSeats = checked;
    }

    /** Its id. */
    public ChapterId id() {
        return ChapterId.of(id);
    }

    /** The one union it belongs to. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** Its URL name, unique across the installation (so also within its union). */
    public String slug() {
        return slug;
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** What it is about. */
    public String description() {
        return description;
    }

    /** How many delegates it may send. */
    public int delegateSeats() {
        return delegateSeats;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Chapter other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
