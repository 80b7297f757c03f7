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
 * balancer sends members here only then; a failed migration keeps the node out of service.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final String MIGRATIONS =
            "SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END) FROM \"flyway_schema_history\"";

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
            return response.status(applied > 0 && failed == 0)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("migrationsApplied", applied)
                    .withData("migrationsFailed", failed)
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", "The database does not answer or is not migrated.").build();
        }
    }
}
