package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Members;
import org.unionhall.domain.membership.Powers;

/**
 * Members in the {@code union_member} table. A member's powers are read from their powers stamp
 * and, while it is unchanged, from the memberships and mandates kept in memory ({@link KeptPowers}).
 */
@ApplicationScoped
public class JpaMembers extends JpaRepository implements Members {

    @Inject
    KeptPowers kept;

    /** For CDI. */
    protected JpaMembers() {
    }

    /** For Java SE use: powers kept for this repository alone, read with new entity managers of the factory. */
    public JpaMembers(EntityManager em) {
        this(em, new KeptPowers(CommittedReads.inOwnTransactions(em::getEntityManagerFactory)));
    }

    /** For Java SE use, with the kept powers of a node. */
    public JpaMembers(EntityManager em, KeptPowers kept) {
        super(em);
        this.kept = kept;
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return Optional.ofNullable(em.find(Member.class, id.toString()));
    }

    @Override
    public Optional<Powers> powers(MemberId member, LocalDate day) {
        // The stamp and whether the account is the installation's operator, read together and never kept.
        List<?> found = em.createNativeQuery("SELECT m.powers_stamp, a.installation_operator FROM union_member m "
                        + "LEFT JOIN sign_in_account a ON a.member_id = m.id WHERE m.id = ?1")
                .setParameter(1, member.toString())
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) found.get(0);
        long stamp = ((Number) row[0]).longValue();
        KeptPowers.Held held = kept.at(member, stamp).orElseGet(() -> KeptPowers.Held.read(em, member));
        return Optional.of(Powers.of(member, held.memberships(), held.mandates(), day, Boolean.TRUE.equals(row[1])));
    }

    /** The member's powers stamp as the entity manager's transaction sees it; nothing if there is no such member. */
    static Optional<Long> powersStamp(EntityManager em, MemberId member) {
        List<?> stamp = em.createNativeQuery("SELECT powers_stamp FROM union_member WHERE id = ?1")
                .setParameter(1, member.toString())
                .getResultList();
        return stamp.isEmpty() ? Optional.empty() : Optional.of(((Number) stamp.get(0)).longValue());
    }

    @Override
    public Optional<Member> findByEmail(String email) {
        return first(em.createQuery("SELECT m FROM UnionMember m WHERE m.email = :email", Member.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public Map<MemberId, String> displayNames(Collection<MemberId> ids) {
        Map<MemberId, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<String> keys = ids.stream().map(MemberId::toString).distinct().toList();
        for (int from = 0; from < keys.size(); from += 500) {
            List<Object[]> rows = em.createQuery(
                            "SELECT m.id, m.displayName FROM UnionMember m WHERE m.id IN :ids", Object[].class)
                    .setParameter("ids", keys.subList(from, Math.min(keys.size(), from + 500)))
                    .getResultList();
            for (Object[] row : rows) {
                names.put(MemberId.of((String) row[0]), (String) row[1]);
            }
        }
        return names;
    }

    @Override
    public void add(Member member) {
        persistNow(member);
    }
}
