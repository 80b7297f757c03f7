package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MemberListing;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.membership.Memberships;
import org.unionhall.domain.membership.UnionId;

/**
 * Memberships in the {@code membership} table. The member list reads one page of memberships in
 * the order of the index {@code ix_membership_chapter_page} (chapter, sort name, member, status,
 * joining date) and stops after the page, then the display names of just those members: no query
 * sorts a whole chapter or reads its table rows. The counts read only {@code ix_membership_chapter_status}
 * (they count member ids, which that index holds, not row ids).
 */
@ApplicationScoped
public class JpaMemberships extends JpaRepository implements Memberships {

    /** For CDI. */
    protected JpaMemberships() {
    }

    /** For Java SE use. */
    public JpaMemberships(EntityManager em) {
        super(em);
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
    public List<MemberListing> listing(ChapterId chapter, Collection<MembershipStatus> statuses,
                                       Optional<String> nameContains, int offset, int limit) {
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
        query.setParameter("c", chapter.toString());
        if (!excluded.isEmpty()) {
            query.setParameter("x", List.copyOf(excluded));
        }
        nameContains.ifPresent(f -> query.setParameter("f", like(f)));
        List<Object[]> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<String, String> names = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("SELECT p.id, p.displayName FROM UnionMember p WHERE p.id IN :ids", Object[].class)
                    .setParameter("ids", rows.stream().map(r -> (String) r[0]).toList())
                    .getResultList()
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return rows.stream()
                .map(r -> new MemberListing(MemberId.of((String) r[0]), names.getOrDefault((String) r[0], ""),
                        (MembershipStatus) r[1], (LocalDate) r[2]))
                .toList();
    }

    @Override
    public long countListing(ChapterId chapter, Collection<MembershipStatus> statuses, Optional<String> nameContains) {
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
