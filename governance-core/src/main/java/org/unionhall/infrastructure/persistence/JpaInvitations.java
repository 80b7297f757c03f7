package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.Invitation;
import org.unionhall.domain.membership.InvitationStatus;
import org.unionhall.domain.membership.Invitations;
import org.unionhall.domain.membership.MembershipStatus;

/** Invitations in the {@code invitation} table; addresses are looked up 500 at a time. */
@ApplicationScoped
public class JpaInvitations extends JpaRepository implements Invitations {
    private static final int CHUNK = 500;

    /** For CDI. */
    protected JpaInvitations() {
    }

    /** For Java SE use. */
    public JpaInvitations(EntityManager em) {
        super(em);
    }

    @Override
    public void addAll(List<Invitation> invitations) {
        invitations.forEach(em::persist);
        em.flush();
    }

    @Override
    public void settleExpired(ChapterId chapter, Instant now) {
        em.createQuery("UPDATE Invitation i SET i.status = :e, i.pendingEmail = NULL, i.settledAt = :now, "
                        + "i.version = i.version + 1 WHERE i.chapterId = :c AND i.status = :p AND i.expiresAt <= :now")
                .setParameter("e", InvitationStatus.EXPIRED).setParameter("p", InvitationStatus.PENDING)
                .setParameter("now", now).setParameter("c", chapter.toString()).executeUpdate();
    }

    @Override
    public Optional<Invitation> find(String id) {
        return Optional.ofNullable(id).map(i -> em.find(Invitation.class, i));
    }

    @Override
    public Optional<Invitation> findByToken(String tokenDigest) {
        return first(em.createQuery("SELECT i FROM Invitation i WHERE i.tokenDigest = :t", Invitation.class)
                .setParameter("t", tokenDigest));
    }

    @Override
    public Optional<Invitation> findByTokenForUse(String tokenDigest) {
        Optional<Invitation> found = findByToken(tokenDigest);
        found.ifPresent(i -> em.refresh(i, LockModeType.PESSIMISTIC_WRITE));
        return found;
    }

    @Override
    public void lockChapter(ChapterId chapter) {
        em.createNativeQuery("SELECT id FROM chapter WHERE id = ?1 FOR UPDATE").setParameter(1, chapter.toString())
                .getResultList();
    }

    @Override
    public List<Invitation> pendingFor(ChapterId chapter, Collection<String> addresses) {
        List<Invitation> found = new ArrayList<>();
        for (List<String> chunk : chunks(addresses)) {
            found.addAll(em.createQuery("SELECT i FROM Invitation i WHERE i.chapterId = :c AND i.status = :p "
                            + "AND i.email IN :a", Invitation.class)
                    .setParameter("c", chapter.toString()).setParameter("p", InvitationStatus.PENDING)
                    .setParameter("a", chunk).getResultList());
        }
        return found;
    }

    @Override
    public Set<String> currentMemberAddresses(ChapterId chapter, Collection<String> addresses) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(addresses)) {
            found.addAll(em.createQuery("SELECT m.email FROM UnionMember m, Membership s WHERE s.memberId = m.id "
                            + "AND s.chapterId = :c AND s.status <> :left AND m.email IN :a", String.class)
                    .setParameter("c", chapter.toString()).setParameter("left", MembershipStatus.LEFT)
                    .setParameter("a", chunk).getResultList());
        }
        return found;
    }

    @Override
    public Set<String> addressesWithAccount(Collection<String> addresses) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(addresses)) {
            found.addAll(em.createQuery("SELECT m.email FROM UnionMember m WHERE m.email IN :a", String.class)
                    .setParameter("a", chunk).getResultList());
        }
        return found;
    }

    @Override
    public List<Invitation> pending(ChapterId chapter, int offset, int limit) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.chapterId = :c AND i.status = :p "
                        + "ORDER BY i.invitedAt DESC, i.id", Invitation.class)
                .setParameter("c", chapter.toString()).setParameter("p", InvitationStatus.PENDING)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPending(ChapterId chapter) {
        return em.createQuery("SELECT COUNT(i) FROM Invitation i WHERE i.chapterId = :c AND i.status = :p",
                Long.class).setParameter("c", chapter.toString()).setParameter("p", InvitationStatus.PENDING)
                .getSingleResult();
    }

    private static List<List<String>> chunks(Collection<String> addresses) {
        List<String> all = new ArrayList<>(new HashSet<>(addresses));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
