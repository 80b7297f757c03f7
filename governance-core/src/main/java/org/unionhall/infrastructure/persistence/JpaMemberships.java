package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MemberListing;
import org.unionhall.domain.membership.Membership;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.membership.Memberships;
import org.unionhall.domain.membership.UnionId;

/**
 * Memberships in the {@code membership} table. The member list reads only the four columns a row
 * shows, joined to the member's sort name, which the index {@code ix_member_sort_name} orders.
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
        List<Object[]> rows = em.createQuery("SELECT m.chapterId, COUNT(m.id) FROM Membership m "
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
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT m.memberId, p.displayName, m.status, m.joinedOn FROM Membership m, UnionMember p "
                        + "WHERE p.id = m.memberId AND m.chapterId = :c AND m.status IN :s"
                        + (nameContains.isPresent() ? " AND p.sortName LIKE :f ESCAPE '\\'" : "")
                        + " ORDER BY p.sortName, p.id", Object[].class);
        bind(query, chapter, statuses, nameContains);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> new MemberListing(MemberId.of((String) r[0]), (String) r[1], (MembershipStatus) r[2],
                        (LocalDate) r[3]))
                .toList();
    }

    @Override
    public long countListing(ChapterId chapter, Collection<MembershipStatus> statuses, Optional<String> nameContains) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(m.id) FROM Membership m, UnionMember p "
                        + "WHERE p.id = m.memberId AND m.chapterId = :c AND m.status IN :s"
                        + (nameContains.isPresent() ? " AND p.sortName LIKE :f ESCAPE '\\'" : ""), Long.class);
        bind(query, chapter, statuses, nameContains);
        return query.getSingleResult();
    }

    private static void bind(TypedQuery<?> query, ChapterId chapter, Collection<MembershipStatus> statuses,
                             Optional<String> nameContains) {
        query.setParameter("c", chapter.toString()).setParameter("s", List.copyOf(statuses));
        nameContains.ifPresent(f -> query.setParameter("f", "%" + escapeLike(f) + "%"));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
