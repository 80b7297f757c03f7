package org.unionhall.infrastructure.persistence.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.unionhall.domain.election.BoardLine;
import org.unionhall.domain.election.CeremonyMessage;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.ElectionPhase;
import org.unionhall.domain.election.ElectionTrustee;
import org.unionhall.domain.election.Elections;
import org.unionhall.domain.election.RollCredential;
import org.unionhall.domain.election.TrusteeDecryption;
import org.unionhall.domain.election.Voter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.MembershipStatus;
import org.unionhall.domain.membership.UnionId;

/**
 * Elections and their boards in the {@code election*} tables. The per-election lock is a
 * pessimistic row lock ({@code SELECT … FOR UPDATE}) on the election row, so it holds across
 * every node that shares the database.
 */
@ApplicationScoped
public class JpaElections implements Elections {
    @PersistenceContext(unitName = "unionhall")
    EntityManager em;

    /** For CDI. */
    protected JpaElections() {
    }

    /** For Java SE use (tests, tools). */
    public JpaElections(EntityManager em) {
        this.em = em;
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        List<T> rows = query.setMaxResults(1).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private void persistNow(Object entity) {
        em.persist(entity);
        em.flush();
    }

    @Override
    public void add(Election election) {
        persistNow(election);
    }

    @Override
    public Optional<Election> find(ElectionId id) {
        return Optional.ofNullable(em.find(Election.class, id.toString()));
    }

    @Override
    public Optional<Election> lock(ElectionId id) {
        Election e = em.find(Election.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (e != null) {
            em.refresh(e, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(e);
    }

    @Override
    public List<Election> ofUnion(UnionId union) {
        return em.createQuery("SELECT e FROM Election e WHERE e.unionId = :u ORDER BY e.createdAt DESC, e.id",
                Election.class).setParameter("u", union.toString()).getResultList();
    }

    @Override
    public List<Election> ofChapter(ChapterId chapter) {
        return em.createQuery("SELECT e FROM Election e WHERE e.chapterId = :c ORDER BY e.createdAt DESC, e.id",
                Election.class).setParameter("c", chapter.toString()).getResultList();
    }

    @Override
    public List<ElectionId> due(Instant now) {
        return em.createQuery("SELECT e.id FROM Election e WHERE (e.phase = :reg AND e.opensAt <= :now) "
                        + "OR (e.phase = :open AND e.closesAt <= :now) ORDER BY e.id", String.class)
                .setParameter("reg", ElectionPhase.REGISTRATION)
                .setParameter("open", ElectionPhase.OPEN)
                .setParameter("now", now)
                .getResultList().stream().map(ElectionId::of).toList();
    }

    @Override
    public long eligibleCount(UnionId union, Optional<ChapterId> chapter) {
        if (chapter.isPresent()) {
            return em.createQuery("SELECT COUNT(DISTINCT m.memberId) FROM Membership m WHERE m.chapterId = :c "
                            + "AND m.status = :s", Long.class)
                    .setParameter("c", chapter.get().toString()).setParameter("s", MembershipStatus.ACTIVE)
                    .getSingleResult();
        }
        return em.createQuery("SELECT COUNT(DISTINCT m.memberId) FROM Membership m WHERE m.unionId = :u "
                        + "AND m.status = :s", Long.class)
                .setParameter("u", union.toString()).setParameter("s", MembershipStatus.ACTIVE).getSingleResult();
    }

    @Override
    public void add(ElectionTrustee trustee) {
        persistNow(trustee);
    }

    @Override
    public List<ElectionTrustee> trustees(ElectionId election, int round) {
        return em.createQuery("SELECT t FROM ElectionTrustee t WHERE t.electionId = :e AND t.round = :r "
                        + "ORDER BY t.index", ElectionTrustee.class)
                .setParameter("e", election.toString()).setParameter("r", round).getResultList();
    }

    @Override
    public void add(CeremonyMessage message) {
        persistNow(message);
    }

    @Override
    public List<CeremonyMessage> messages(ElectionId election, int round) {
        return em.createQuery("SELECT m FROM CeremonyMessage m WHERE m.electionId = :e AND m.round = :r "
                        + "ORDER BY m.kind, m.sender", CeremonyMessage.class)
                .setParameter("e", election.toString()).setParameter("r", round).getResultList();
    }

    @Override
    public List<CeremonyMessage> complaints(ElectionId election) {
        return em.createQuery("SELECT m FROM CeremonyMessage m WHERE m.electionId = :e AND m.kind = :k "
                        + "ORDER BY m.round, m.sender", CeremonyMessage.class)
                .setParameter("e", election.toString()).setParameter("k", CeremonyMessage.Kind.COMPLAINT)
                .getResultList();
    }

    @Override
    public void add(Voter voter) {
        persistNow(voter);
    }

    @Override
    public Optional<Voter> voter(ElectionId election, MemberId member) {
        return first(em.createQuery("SELECT v FROM Voter v WHERE v.electionId = :e AND v.memberId = :m", Voter.class)
                .setParameter("e", election.toString()).setParameter("m", member.toString()));
    }

    @Override
    public List<Voter> voters(ElectionId election) {
        return em.createQuery("SELECT v FROM Voter v WHERE v.electionId = :e ORDER BY v.memberId", Voter.class)
                .setParameter("e", election.toString()).getResultList();
    }

    @Override
    public void add(RollCredential credential) {
        persistNow(credential);
    }

    @Override
    public Optional<Long> weightOf(ElectionId election, String credential) {
        return first(em.createQuery("SELECT c.weight FROM RollCredential c WHERE c.electionId = :e "
                        + "AND c.credential = :c", Long.class)
                .setParameter("e", election.toString()).setParameter("c", credential));
    }

    @Override
    public List<RollCredential> roll(ElectionId election) {
        return em.createQuery("SELECT c FROM RollCredential c WHERE c.electionId = :e ORDER BY c.credential",
                RollCredential.class).setParameter("e", election.toString()).getResultList();
    }

    @Override
    public long rollSize(ElectionId election) {
        return em.createQuery("SELECT COUNT(c) FROM RollCredential c WHERE c.electionId = :e", Long.class)
                .setParameter("e", election.toString()).getSingleResult();
    }

    @Override
    public void add(BoardLine line) {
        persistNow(line);
    }

    @Override
    public void addAll(List<BoardLine> lines) {
        lines.forEach(em::persist);
        em.flush();
    }

    @Override
    public void markVoted(ElectionId election, Collection<MemberId> members) {
        if (members.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE Voter v SET v.hasVoted = TRUE WHERE v.electionId = :e AND v.memberId IN :m "
                        + "AND v.hasVoted = FALSE")
                .setParameter("e", election.toString())
                .setParameter("m", members.stream().map(MemberId::toString).distinct().toList())
                .executeUpdate();
    }

    @Override
    public List<BoardLine> byDigests(ElectionId election, Collection<String> digests) {
        if (digests.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM BoardLine b WHERE b.electionId = :e AND b.digest IN :d",
                BoardLine.class).setParameter("e", election.toString()).setParameter("d", List.copyOf(digests))
                .getResultList();
    }

    @Override
    public Optional<BoardLine> byDigest(ElectionId election, String digest) {
        return first(em.createQuery("SELECT b FROM BoardLine b WHERE b.electionId = :e AND b.digest = :d",
                BoardLine.class).setParameter("e", election.toString()).setParameter("d", digest));
    }

    @Override
    public Optional<BoardLine> byCode(ElectionId election, String code) {
        return first(em.createQuery("SELECT b FROM BoardLine b WHERE b.electionId = :e AND b.code = :c",
                BoardLine.class).setParameter("e", election.toString()).setParameter("c", code));
    }

    @Override
    public List<BoardLine> board(ElectionId election, long fromSeq, int limit) {
        return em.createQuery("SELECT b FROM BoardLine b WHERE b.electionId = :e AND b.seq >= :s ORDER BY b.seq",
                        BoardLine.class)
                .setParameter("e", election.toString()).setParameter("s", fromSeq)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public SortedMap<Long, String> digests(ElectionId election, long fromSeq, int limit) {
        SortedMap<Long, String> digests = new TreeMap<>();
        em.createQuery("SELECT b.seq, b.digest FROM BoardLine b WHERE b.electionId = :e AND b.seq >= :s "
                        + "ORDER BY b.seq", Object[].class)
                .setParameter("e", election.toString()).setParameter("s", fromSeq).setMaxResults(limit)
                .getResultList().forEach(row -> digests.put(((Number) row[0]).longValue(), (String) row[1]));
        return digests;
    }

    @Override
    public Map<Long, Long> replacements(ElectionId election, long fromSeq, long toSeq) {
        Map<Long, Long> replaced = new HashMap<>();
        em.createQuery("SELECT b.seq, MAX(l.seq) FROM BoardLine b, BoardLine l WHERE b.electionId = :e "
                        + "AND b.seq BETWEEN :f AND :t AND b.state = 'cast' AND l.electionId = :e "
                        + "AND l.credential = b.credential AND l.state = 'cast' AND l.seq > b.seq GROUP BY b.seq",
                        Object[].class)
                .setParameter("e", election.toString()).setParameter("f", fromSeq).setParameter("t", toSeq)
                .getResultList().forEach(row -> replaced.put(((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue()));
        return replaced;
    }

    @Override
    public void add(TrusteeDecryption decryption) {
        persistNow(decryption);
    }

    @Override
    public List<TrusteeDecryption> decryptions(ElectionId election) {
        return em.createQuery("SELECT d FROM TrusteeDecryption d WHERE d.electionId = :e ORDER BY d.trustee",
                TrusteeDecryption.class).setParameter("e", election.toString()).getResultList();
    }
}
