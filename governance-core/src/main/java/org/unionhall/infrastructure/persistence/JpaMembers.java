package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.unionhall.domain.membership.Member;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.Members;

/** Members in the {@code union_member} table. */
@ApplicationScoped
public class JpaMembers extends JpaRepository implements Members {

    /** For CDI. */
    protected JpaMembers() {
    }

    /** For Java SE use. */
    public JpaMembers(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return Optional.ofNullable(em.find(Member.class, id.toString()));
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
