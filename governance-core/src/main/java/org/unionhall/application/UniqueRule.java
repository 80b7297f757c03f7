package org.unionhall.application;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.unionhall.domain.shared.RuleViolation;

/**
 * Where a rule of uniqueness is kept by the database's unique constraints as well as by the
 * domain's own check: two requests that race past the check both try to store, the database
 * refuses the second (SQLSTATE class 23, on H2 and PostgreSQL alike), and the caller hears the
 * same words the domain's check would have given.
 */
public final class UniqueRule {
    private UniqueRule() {
    }

    /**
     * Runs a store operation, turning a refusal by a constraint into a {@link RuleViolation} with
     * the given words; any other failure passes unchanged.
     */
    public static void store(Runnable store, String refusal) {
        try {
            store.run();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    throw new RuleViolation(refusal);
                }
            }
            throw e;
        }
    }
}
