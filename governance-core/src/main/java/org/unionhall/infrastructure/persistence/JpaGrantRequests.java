package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.treasury.EvidenceContent;
import org.unionhall.domain.treasury.GrantEvidence;
import org.unionhall.domain.treasury.GrantKind;
import org.unionhall.domain.treasury.GrantRequest;
import org.unionhall.domain.treasury.GrantRequestId;
import org.unionhall.domain.treasury.GrantRequests;
import org.unionhall.domain.treasury.GrantStatus;

/** Grant requests and their evidence in the tables of V82; a file's bytes are read only to download it. */
@ApplicationScoped
public class JpaGrantRequests extends JpaRepository implements GrantRequests {

    /** For CDI. */
    protected JpaGrantRequests() {
    }

    /** For plain Java SE use (tests, tools). */
    public JpaGrantRequests(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<GrantRequest> find(GrantRequestId id) {
        return Optional.ofNullable(em.find(GrantRequest.class, id.toString()));
    }

    @Override
    public Optional<GrantRequest> lock(GrantRequestId id) {
        GrantRequest request = em.find(GrantRequest.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (request != null) {
            em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(request);
    }

    @Override
    public void add(GrantRequest request) {
        persistNow(request);
    }

    @Override
    public List<GrantRequest> ofUnion(UnionId union, Collection<GrantStatus> statuses, Collection<GrantKind> kinds,
                                      Optional<MemberId> requester, int offset, int limit) {
        return listed(GrantRequest.class, "SELECT r", " ORDER BY r.createdAt DESC, r.id", union, statuses, kinds,
                requester).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOfUnion(UnionId union, Collection<GrantStatus> statuses, Collection<GrantKind> kinds,
                             Optional<MemberId> requester) {
        return listed(Long.class, "SELECT COUNT(r)", "", union, statuses, kinds, requester).getSingleResult();
    }

    private <T> TypedQuery<T> listed(Class<T> type, String select, String order, UnionId union,
                                     Collection<GrantStatus> statuses, Collection<GrantKind> kinds,
                                     Optional<MemberId> requester) {
        TypedQuery<T> query = em.createQuery(select + " FROM GrantRequest r WHERE r.unionId = :union "
                + "AND r.status IN :statuses AND r.kind IN :kinds"
                + (requester.isPresent() ? " AND r.requesterId = :requester" : "") + order, type)
                .setParameter("union", union.toString()).setParameter("statuses", statuses)
                .setParameter("kinds", kinds);
        requester.ifPresent(m -> query.setParameter("requester", m.toString()));
        return query;
    }

    @Override
    public List<GrantRequest> approvedUntil(Instant now, int limit) {
        return em.createQuery("SELECT r FROM GrantRequest r WHERE r.status = :approved AND r.reservedUntil <= :now "
                        + "ORDER BY r.reservedUntil, r.id", GrantRequest.class)
                .setParameter("approved", GrantStatus.APPROVED).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<GrantRequest> withMembers() {
        return em.createQuery("SELECT r FROM GrantRequest r WHERE r.status = :withMembers AND r.motionId IS NOT NULL "
                        + "ORDER BY r.submittedAt, r.id",
                GrantRequest.class).setParameter("withMembers", GrantStatus.WITH_MEMBERS).getResultList();
    }

    @Override
    public List<GrantEvidence> evidence(GrantRequestId request) {
        return em.createQuery("SELECT e FROM GrantEvidence e WHERE e.requestId = :request ORDER BY e.addedAt, e.id",
                GrantEvidence.class).setParameter("request", request.toString()).getResultList();
    }

    @Override
    public int evidenceCount(GrantRequestId request) {
        return em.createQuery("SELECT COUNT(e) FROM GrantEvidence e WHERE e.requestId = :request", Long.class)
                .setParameter("request", request.toString()).getSingleResult().intValue();
    }

    @Override
    public Optional<GrantEvidence> evidence(UUID id) {
        return Optional.ofNullable(em.find(GrantEvidence.class, id.toString()));
    }

    @Override
    public void addEvidence(GrantEvidence evidence, Optional<byte[]> content) {
        em.persist(evidence);
        em.flush();
        content.ifPresent(bytes -> persistNow(new EvidenceContent(evidence.id(), bytes)));
    }

    @Override
    public void removeEvidence(GrantEvidence evidence) {
        EvidenceContent content = em.find(EvidenceContent.class, evidence.id().toString());
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        em.remove(evidence);
        em.flush();
    }

    @Override
    public Optional<byte[]> content(UUID evidence) {
        return Optional.ofNullable(em.find(EvidenceContent.class, evidence.toString())).map(EvidenceContent::content);
    }
}
