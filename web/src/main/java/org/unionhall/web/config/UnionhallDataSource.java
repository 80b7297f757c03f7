package org.unionhall.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's own database, {@code java:app/jdbc/unionhall}, configured by MicroProfile
 * Config: {@code unionhall.db.url} (environment {@code UNIONHALL_DB_URL}), {@code unionhall.db.user}
 * and {@code unionhall.db.password}. The driver class follows the URL (see
 * {@link DatabaseConfigSource}), so the same build runs on the embedded H2 file database and on
 * PostgreSQL; the URL opened is the configured one made durable (H2 gets {@code WRITE_DELAY=0}).
 * Flyway in governance-core migrates it when the application starts.
 */
@Singleton
@DataSourceDefinition(
        name = "java:app/jdbc/unionhall",
        className = "${MPCONFIG=unionhall.db.datasource-class}",
        url = "${MPCONFIG=unionhall.db.effective-url}",
        user = "${MPCONFIG=unionhall.db.user}",
        password = "${MPCONFIG=unionhall.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                // Every connection of the pool is opened with the same credentials, so the pool may
                // hand out any free one: matching (Payara's default for annotated data sources)
                // compared credentials against each free connection on every query, a large part
                // of a member-list request's CPU time under load.
                "fish.payara.match-connections=false"
        })
public class UnionhallDataSource {
}
