package org.unionhall.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads committed rows in a transaction of its own, beside the caller's: the caller may have
 * written rows it has not committed (and may yet roll back), which must never reach what is kept
 * in memory for every request ({@link KeptReads}).
 */
public interface CommittedReads {

    /** Runs the reading in a new transaction that writes nothing, and returns what it read. */
    <T> T read(Function<EntityManager, T> reading);

    /**
     * For Java SE use: each reading with a new entity manager of the factory, in a resource-local
     * transaction of its own (the factory is asked for when first needed, as the caller's entity
     * manager may stand for whichever transaction is current then).
     */
    static CommittedReads inOwnTransactions(Supplier<EntityManagerFactory> factory) {
        return new CommittedReads() {
            @Override
            public <T> T read(Function<EntityManager, T> reading) {
                EntityManager em = factory.get().createEntityManager();
                EntityTransaction tx = em.getTransaction();
                try {
                    tx.begin();
                    return reading.apply(em);
                } finally {
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                    em.close();
                }
            }
        };
    }
}
