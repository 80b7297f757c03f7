package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unionhall.domain.debate.Comment;
import org.unionhall.domain.debate.CommentId;
import org.unionhall.domain.debate.Comments;
import org.unionhall.domain.debate.Following;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.membership.UnionId;
import org.unionhall.domain.motion.MotionId;
import org.unionhall.domain.motion.MotionStatus;

/** Comments in the {@code motion_comment} table, choices to follow in {@code motion_following}. */
@ApplicationScoped
public class JpaComments extends JpaRepository implements Comments {

    /** For CDI. */
    protected JpaComments() {
    }

    /** For Java SE use. */
    public JpaComments(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Comment> find(CommentId id) {
        return Optional.ofNullable(em.find(Comment.class, id.toString()));
    }

    @Override
    public List<Comment> ofMotion(MotionId motion) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.motionId = :m ORDER BY c.postedAt, c.id", Comment.class)
                .setParameter("m", motion.toString())
                .getResultList();
    }

    @Override
    public long countOfMotion(MotionId motion) {
        return em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.motionId = :m", Long.class)
                .setParameter("m", motion.toString())
                .getSingleResult();
    }

    @Override
    public List<Comment> ofAuthor(MemberId author) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.authorId = :a ORDER BY c.postedAt, c.id", Comment.class)
                .setParameter("a", author.toString())
                .getResultList();
    }

    @Override
    public void add(Comment comment) {
        persistNow(comment);
    }

    @Override
    public Optional<Following> following(MotionId motion, MemberId member) {
        return Optional.ofNullable(em.find(Following.class, Following.key(motion, member)));
    }

    @Override
    public List<Following> followingsOf(MotionId motion) {
        return em.createQuery("SELECT f FROM Following f WHERE f.motionId = :m ORDER BY f.chosenAt, f.id",
                        Following.class)
                .setParameter("m", motion.toString())
                .getResultList();
    }

    @Override
    public void add(Following following) {
        persistNow(following);
    }

    @Override
    public List<Comment> search(Collection<UnionId> unions, List<String> words, int limit) {
        if (unions.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT c FROM Comment c WHERE c.hiddenAt IS NULL AND c.motionId IN "
                + "(SELECT m.id FROM Motion m WHERE m.unionId IN :u AND m.status <> :draft)");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND LOWER(c.body) LIKE :w").append(i).append(" ESCAPE '!'");
        }
        jpql.append(" ORDER BY c.postedAt DESC, c.id");
        TypedQuery<Comment> query = em.createQuery(jpql.toString(), Comment.class)
                .setParameter("u", unions.stream().map(UnionId::toString).toList())
                .setParameter("draft", MotionStatus.DRAFT);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + like(words.get(i)) + "%");
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** A word for LIKE ... ESCAPE '!', lower case, its wildcards escaped. */
    static String like(String word) {
        return word.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
