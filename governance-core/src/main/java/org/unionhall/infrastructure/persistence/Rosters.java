package org.unionhall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.unionhall.domain.membership.ChapterId;

/**
 * The member lists of the chapters asked for lately, each kept with the roster stamp it was read
 * at (see {@link RosterStamps}). A request reads the chapter's stamp in its own transaction and
 * is given the kept roster only when the stamps are equal, so it never sees a list older than the
 * database shows it. Otherwise one request reads the roster again, in a transaction of its own so
 * nothing uncommitted gets in, while the others read their page from the tables as before; and a
 * request whose transaction sees another stamp than the committed one (its own membership
 * changes, or one committed in between) reads from the tables too.
 */
@ApplicationScoped
public class Rosters {
    /** The most rows kept over all chapters (about 100 bytes each); the least used rosters go first. */
    static final int MAX_ROWS = 500_000;

    private final Map<ChapterId, Roster> rosters = new ConcurrentHashMap<>();
    private final Map<ChapterId, ReentrantLock> reading = new ConcurrentHashMap<>();
    private RosterReader reader;

    /** For CDI's proxy. */
    protected Rosters() {
    }

    /** @param reader reads a roster from committed rows, in a transaction of its own */
    @Inject
    public Rosters(RosterReader reader) {
        this.reader = reader;
    }

    /**
     * For Java SE use: rosters read with a new entity manager of the factory, each in a
     * resource-local transaction of its own.
     */
    public static Rosters inOwnTransactions(Supplier<EntityManagerFactory> factory) {
        return new Rosters(chapter -> {
            EntityManager em = factory.get().createEntityManager();
            EntityTransaction tx = em.getTransaction();
            try {
                tx.begin();
                return Roster.read(em, chapter);
            } finally {
                if (tx.isActive()) {
                    tx.rollback();
                }
                em.close();
            }
        });
    }

    /**
     * The chapter's roster at the stamp the caller's transaction sees, or nothing when the caller
     * must read from the tables (another request is reading the roster just now, or the committed
     * stamp differs from the caller's).
     */
    public Optional<Roster> at(ChapterId chapter, long stamp) {
        Roster kept = rosters.get(chapter);
        if (kept != null && kept.stamp() == stamp) {
            kept.touch();
            return Optional.of(kept);
        }
        ReentrantLock lock = reading.computeIfAbsent(chapter, c -> new ReentrantLock());
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            kept = rosters.get(chapter);
            if (kept != null && kept.stamp() >= stamp) {
                return kept.stamp() == stamp ? Optional.of(kept) : Optional.empty();
            }
            Roster fresh = reader.read(chapter);
            if (fresh == null) {
                return Optional.empty();
            }
            keep(chapter, fresh);
            return fresh.stamp() == stamp ? Optional.of(fresh) : Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    private void keep(ChapterId chapter, Roster roster) {
        if (roster.size() > MAX_ROWS) {
            rosters.remove(chapter);
            return;
        }
        rosters.merge(chapter, roster, (old, now) -> now.stamp() >= old.stamp() ? now : old);
        long rows = rosters.values().stream().mapToLong(Roster::size).sum();
        while (rows > MAX_ROWS) {
            Map.Entry<ChapterId, Roster> least = rosters.entrySet().stream()
                    .filter(e -> !e.getKey().equals(chapter))
                    .min(Comparator.comparingLong(e -> e.getValue().lastUsed())).orElse(null);
            if (least == null || !rosters.remove(least.getKey(), least.getValue())) {
                break;
            }
            rows -= least.getValue().size();
        }
    }
}
