package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.Mandate;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MemberListing;
import org.unionhall.domain.membership.MemberListingPage;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.membership.Memberships;
import org.unionhall.domain.membership.UnionId;

/**
 * Memberships in the {@code membership} table. The member list reads the chapter's roster stamp
 * and, while it is unchanged, takes the page and the total from the chapter's roster kept in memory
 * ({@link Rosters}) with each row's roles, then the display names of just that page's members. Without a roster (a
 * name filter, ended memberships asked for, or a roster being read again) it reads one page of
 * memberships in the order of the index {@code ix_membership_chapter_page} (chapter, sort name,
 * member, status, joining date), stopping after the page, and counts from
 * {@code ix_membership_chapter_status} (member ids, which that index holds, not row ids).
 */
@ApplicationScoped
public class JpaMemberships extends JpaRepository implements Memberships {

    @Inject
    Rosters rosters;

    /** For CDI. */
    protected JpaMemberships() {
    }

    /**
     * For Java SE use: rosters read with new entity managers of the same factory (asked for when
     * a roster is first read, as {@code em} may stand for the entity manager of whichever
     * transaction is current then).
     */
    public JpaMemberships(EntityManager em) {
        this(em, new Rosters(CommittedReads.inOwnTransactions(em::getEntityManagerFactory)));
    }

    /** For Java SE use, with the rosters of a node. */
    public JpaMemberships(EntityManager em, Rosters rosters) {
        super(em);
        this.rosters = rosters;
    }

    @Override
    public Optional<Membership> find(MemberId member, ChapterId chapter) {
        return first(em.createQuery(
                        "SELECT m FROM Membership m WHERE m.memberId = :m AND m.chapterId = :c", Membership.class)
                .setParameter("m", member.toString())
                .setParameter("c", chapter.toString()));
    }

    @Override
    public List<Membership> ofMember(MemberId member) {
        return ofMember(em, member);
    }

    /** The member's memberships, read with the given entity manager. */
    static List<Membership> ofMember(EntityManager em, MemberId member) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.memberId = :m ORDER BY m.joinedOn, m.id",
                        Membership.class)
                .setParameter("m", member.toString())
                .getResultList();
    }

    @Override
    public void add(Membership membership) {
        persistNow(membership);
    }

    @Override
    public boolean isActiveInUnion(MemberId member, UnionId union) {
        return !em.createQuery("SELECT m.id FROM Membership m WHERE m.memberId = :m AND m.unionId = :u "
                        + "AND m.status = :s", String.class)
                .setParameter("m", member.toString())
                .setParameter("u", union.toString())
                .setParameter("s", MembershipStatus.ACTIVE)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Map<ChapterId, Long> activeCounts(Collection<ChapterId> chapters) {
        Map<ChapterId, Long> counts = new HashMap<>();
        if (chapters.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("SELECT m.chapterId, COUNT(m.memberId) FROM Membership m "
                        + "WHERE m.chapterId IN :c AND m.status = :s GROUP BY m.chapterId", Object[].class)
                .setParameter("c", chapters.stream().map(ChapterId::toString).toList())
                .setParameter("s", MembershipStatus.ACTIVE)
                .getResultList();
        for (Object[] row : rows) {
            counts.put(ChapterId.of((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public MemberListingPage listing(Chapter chapter, Collection<MembershipStatus> statuses,
                                     Optional<String> nameContains, long offset, int limit, LocalDate day) {
        if (nameContains.isEmpty() && Roster.covers(statuses)) {
            // The roster kept last is usually still current: its page's names and the stamp this
            // transaction sees come in one statement, and the page stands if the stamps agree.
            Optional<KeptReads.Read<Roster>> latest = rosters.latest(chapter.id());
            OptionalLong seen;
            if (latest.isPresent()) {
                Roster roster = latest.get().value();
                List<Roster.Row> rows = roster.page(statuses, offset, limit, day);
                StampedNames read = stampedNames(chapter.id(), rows);
                if (read.stamp().equals(OptionalLong.of(latest.get().stamp()))) {
                    return listed(roster, statuses, rows, read.names());
                }
                seen = read.stamp();
            } else {
                seen = stampedNames(chapter.id(), List.of()).stamp();
            }
            Optional<Roster> roster = seen.isPresent() ? rosters.at(chapter.id(), seen.getAsLong()) : Optional.empty();
            if (roster.isPresent()) {
                List<Roster.Row> rows = roster.get().page(statuses, offset, limit, day);
                return listed(roster.get(), statuses, rows, stampedNames(chapter.id(), rows).names());
            }
        }
        List<MemberListing> rows = offset > Integer.MAX_VALUE ? List.of()
                : fromTables(chapter, statuses, nameContains, (int) offset, limit, day);
        // A page that is not full and not past the end tells the total itself; only then is counting skipped.
        long total = rows.size() < limit && (!rows.isEmpty() || offset == 0)
                ? offset + rows.size()
                : count(chapter.id(), statuses, nameContains);
        return new MemberListingPage(rows, total);
    }

    private static MemberListingPage listed(Roster roster, Collection<MembershipStatus> statuses,
                                            List<Roster.Row> rows, Map<String, String> names) {
        return new MemberListingPage(rows.stream()
                .map(r -> new MemberListing(r.member(), names.getOrDefault(r.member().toString(), ""),
                        r.status(), r.joinedOn(), r.roles()))
                .toList(), roster.count(statuses));
    }

    private List<MemberListing> fromTables(Chapter chapter, Collection<MembershipStatus> statuses,
                                           Optional<String> nameContains, int offset, int limit, LocalDate day) {
        // Written so that the database walks ix_membership_chapter_page in order and stops after the
        // page: the ORDER BY starts with the (fixed) chapter like the index does, and the statuses
        // left out are excluded with NOT IN, as an IN list keeps H2 from reading the index in order.
        Set<MembershipStatus> excluded = EnumSet.allOf(MembershipStatus.class);
        excluded.removeAll(statuses);
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT m.memberId, m.status, m.joinedOn FROM Membership m WHERE m.chapterId = :c"
                        + (excluded.isEmpty() ? "" : " AND m.status NOT IN :x")
                        + (nameContains.isPresent() ? " AND m.sortName LIKE :f ESCAPE '\\'" : "")
                        + " ORDER BY m.chapterId, m.sortName, m.memberId", Object[].class);
        query.setParameter("c", chapter.id().toString());
        if (!excluded.isEmpty()) {
            query.setParameter("x", List.copyOf(excluded));
        }
        nameContains.ifPresent(f -> query.setParameter("f", like(f)));
        List<Object[]> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<String, String> names = displayNames(rows.stream().map(r -> (String) r[0]).toList());
        Map<MemberId, List<Mandate>> mandates = rows.isEmpty() ? Map.of()
                : JpaMandates.heldIn(em, chapter.unionId(), chapter.id()).stream()
                        .collect(Collectors.groupingBy(Mandate::holder));
        return rows.stream()
                .map(r -> {
                    MemberId member = MemberId.of((String) r[0]);
                    return new MemberListing(member, names.getOrDefault((String) r[0], ""), (MembershipStatus) r[1],
                            (LocalDate) r[2], Mandate.rolesOn(mandates.getOrDefault(member, List.of()), day));
                })
                .toList();
    }

    /**
     * The chapter's roster stamp as this transaction sees it (empty if there is no such chapter)
     * and, read in the same statement, so from the same snapshot, the display names of a page of
     * its roster: those of the chapter's members whose sort names lie between the page's first
     * and last (members of other statuses in between are read too, and ignored). Names are read
     * now, never kept, so a new name shows at once. The statement's text never changes (a list of
     * ids would make EclipseLink write and the database parse a new one for each page).
     */
    private StampedNames stampedNames(ChapterId chapter, List<Roster.Row> rows) {
        String id = chapter.toString();
        String first = rows.isEmpty() ? "" : rows.get(0).sortName();
        String last = rows.isEmpty() ? "" : rows.get(rows.size() - 1).sortName();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT c.roster_stamp, n.id, n.display_name FROM chapter c "
                        + "LEFT JOIN (SELECT m.chapter_id, p.id, p.display_name FROM membership m "
                        + "JOIN union_member p ON p.id = m.member_id "
                        + "WHERE m.chapter_id = ?1 AND m.sort_name BETWEEN ?2 AND ?3) n ON n.chapter_id = c.id "
                        + "WHERE c.id = ?4")
                .setParameter(1, id)
                .setParameter(2, first)
                .setParameter(3, last)
                .setParameter(4, id)
                .getResultList();
        if (found.isEmpty()) {
            return new StampedNames(OptionalLong.empty(), Map.of());
        }
        Map<String, String> names = new HashMap<>();
        for (Object[] r : found) {
            if (r[1] != null) {
                names.put((String) r[1], (String) r[2]);
            }
        }
        return new StampedNames(OptionalLong.of(((Number) found.get(0)[0]).longValue()), names);
    }

    /** A chapter's roster stamp and the display names read with it. */
    private record StampedNames(OptionalLong stamp, Map<String, String> names) {
    }

    /** The display names of the members, read now, so a new name shows at once. */
    private Map<String, String> displayNames(List<String> members) {
        Map<String, String> names = new HashMap<>();
        if (!members.isEmpty()) {
            em.createQuery("SELECT p.id, p.displayName FROM UnionMember p WHERE p.id IN :ids", Object[].class)
                    .setParameter("ids", members)
                    .getResultList()
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }

    private long count(ChapterId chapter, Collection<MembershipStatus> statuses, Optional<String> nameContains) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(m.memberId) FROM Membership m WHERE m.chapterId = :c AND m.status IN :s"
                        + (nameContains.isPresent() ? " AND m.sortName LIKE :f ESCAPE '\\'" : ""), Long.class);
        query.setParameter("c", chapter.toString()).setParameter("s", List.copyOf(statuses));
        nameContains.ifPresent(f -> query.setParameter("f", like(f)));
        return query.getSingleResult();
    }

    /** A LIKE pattern for names containing the text, its wildcards taken literally. */
    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
