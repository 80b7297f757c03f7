package org.unionhall.web.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and every schema migration has run successfully. A load
 * balancer sends members here only then; a failed migration keeps the node out of service. The
 * answer also shows the settings that decide whether an acknowledged commit survives a crash
 * (H2's {@code WRITE_DELAY}; PostgreSQL's {@code synchronous_commit} and {@code fsync}), so an
 * operator and the crash tests can see what the running node promises.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final String MIGRATIONS =
            "SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END) FROM \"flyway_schema_history\"";

    private static final String H2_WRITE_DELAY =
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'";

    @Resource(lookup = "java:app/jdbc/unionhall")
    private DataSource database;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(MIGRATIONS)) {
            row.next();
            long applied = row.getLong(1);
            long failed = row.getLong(2);
            String product = connection.getMetaData().getDatabaseProductName();
            response.status(applied > 0 && failed == 0)
                    .withData("product", product)
                    .withData("migrationsApplied", applied)
                    .withData("migrationsFailed", failed);
            if ("PostgreSQL".equals(product)) {
                response.withData("synchronousCommit", show(connection, "SHOW synchronous_commit"))
                        .withData("fsync", show(connection, "SHOW fsync"));
            } else {
                response.withData("writeDelay", show(connection, H2_WRITE_DELAY));
            }
            return response.build();
        } catch (SQLException e) {
            return response.down().withData("error", "The database does not answer or is not migrated.").build();
        }
    }

    private static String show(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getString(1) : "unknown";
        }
    }
}
