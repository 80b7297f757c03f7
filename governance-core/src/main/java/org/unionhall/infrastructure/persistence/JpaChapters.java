package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.unionhall.domain.membership.Chapter;
import org.unionhall.domain.membership.ChapterId;
import org.unionhall.domain.membership.Chapters;
import org.unionhall.domain.membership.UnionId;

/** Chapters in the {@code chapter} table. */
@ApplicationScoped
public class JpaChapters extends JpaRepository implements Chapters {

    /** For CDI. */
    protected JpaChapters() {
    }

    /** For Java SE use. */
    public JpaChapters(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Chapter> find(ChapterId id) {
        return Optional.ofNullable(em.find(Chapter.class, id.toString()));
    }

    @Override
    public Optional<Chapter> findBySlug(String slug) {
        return first(em.createQuery("SELECT c FROM Chapter c WHERE c.slug = :slug", Chapter.class)
                .setParameter("slug", slug));
    }

    @Override
    public List<Chapter> ofUnion(UnionId union) {
        return em.createQuery("SELECT c FROM Chapter c WHERE c.unionId = :u ORDER BY c.name, c.id", Chapter.class)
                .setParameter("u", union.toString())
                .getResultList();
    }

    @Override
    public void add(Chapter chapter) {
        persistNow(chapter);
    }

    @Override
    public void touch(Chapter chapter) {
        em.lock(chapter, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
