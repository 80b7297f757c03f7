package org.unionhall.web.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Chooses the JDBC data source class from the database URL, so an operator configures one URL
 * (H2 for the embedded database, PostgreSQL for production) and nothing else. It sits below
 * system properties and environment variables, so {@code UNIONHALL_DB_DATASOURCE_CLASS} can still
 * name another class; the defaults of the other database settings are in
 * {@code META-INF/microprofile-config.properties}.
 */
public final class DatabaseConfigSource implements ConfigSource {

    /** The property Payara reads for the {@code className} of the data source. */
    public static final String DATASOURCE_CLASS = "unionhall.db.datasource-class";

    static final String H2 = "org.h2.jdbcx.JdbcDataSource";
    static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";
    static final String DEFAULT_URL = "jdbc:h2:file:./data/db/unionhall";

    @Override
    public Map<String, String> getProperties() {
        return Map.of(DATASOURCE_CLASS, dataSourceClassFor(configuredUrl()));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATASOURCE_CLASS);
    }

    @Override
    public String getValue(String propertyName) {
        return DATASOURCE_CLASS.equals(propertyName) ? dataSourceClassFor(configuredUrl()) : null;
    }

    @Override
    public String getName() {
        return "unionhall-database-url";
    }

    /** Above microprofile-config.properties (100), below environment (300) and system properties (400). */
    @Override
    public int getOrdinal() {
        return 150;
    }

    /** The data source class for a JDBC URL: PostgreSQL for {@code jdbc:postgresql:}, H2 otherwise. */
    static String dataSourceClassFor(String url) {
        return url.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    private static String configuredUrl() {
        String fromProperty = System.getProperty("unionhall.db.url");
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty;
        }
        String fromEnvironment = System.getenv("UNIONHALL_DB_URL");
        return fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_URL : fromEnvironment;
    }
}
