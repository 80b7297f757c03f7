package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.mail.MailStatus;
import org.unionhall.domain.mail.Outbox;
import org.unionhall.domain.mail.OutgoingMail;

/** Outgoing mail in the {@code outgoing_mail} table. */
@ApplicationScoped
public class JpaOutbox extends JpaRepository implements Outbox {

    /** For CDI. */
    protected JpaOutbox() {
    }

    /** For Java SE use. */
    public JpaOutbox(EntityManager em) {
        super(em);
    }

    @Override
    public void add(OutgoingMail mail) {
        em.persist(mail);
    }

    @Override
    public Optional<OutgoingMail> find(String id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }

    @Override
    public List<OutgoingMail> withStatus(MailStatus status, int offset, int limit) {
        return em.createQuery("SELECT m FROM OutgoingMail m WHERE m.status = :s ORDER BY m.createdAt DESC, m.id",
                        OutgoingMail.class)
                .setParameter("s", status).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countWithStatus(MailStatus status) {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }
}
