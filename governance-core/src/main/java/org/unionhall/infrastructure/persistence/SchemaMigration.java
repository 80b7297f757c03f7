package org.unionhall.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema of {@code java:app/jdbc/unionhall} up to date with the Flyway migrations in
 * {@code db/migration} when the application is deployed, before anything else uses the
 * database. Beans that need the schema at startup declare {@code @DependsOn("SchemaMigration")}.
 * Flyway's own lock table makes concurrent starts of several nodes safe.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/unionhall")
    private DataSource dataSource;

    /**
     * Named apart from the static {@link #migrate(DataSource)}: the EJB container finds a
     * lifecycle callback by its name alone and may otherwise call the static overload.
     */
    @PostConstruct
    void migrateAtDeployment() {
        MigrateResult result = migrate(dataSource);
        LOG.info(() -> "Database schema up to date (" + result.migrationsExecuted + " migrations applied now, "
                + "schema version " + (result.targetSchemaVersion == null ? result.initialSchemaVersion
                : result.targetSchemaVersion) + ")");
    }

    /** Migrates the given database; also used by tests and tools outside the container. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
