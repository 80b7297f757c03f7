package org.unionhall.web.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the database settings the data source uses from the one URL an operator configures
 * (H2 for the embedded database, PostgreSQL for production): the JDBC data source class, and the
 * effective URL, which for H2 always carries {@code WRITE_DELAY=0} so that a commit is written to
 * the file before the application answers (H2's default, 500 ms, loses acknowledged writes when
 * the process is killed; see docs/operator-guide.md, "Durability"). It sits below system
 * properties and environment variables, so {@code UNIONHALL_DB_DATASOURCE_CLASS} can still name
 * another class; the defaults of the other database settings are in
 * {@code META-INF/microprofile-config.properties}.
 */
public final class DatabaseConfigSource implements ConfigSource {

    /** The property Payara reads for the {@code className} of the data source. */
    public static final String DATASOURCE_CLASS = "unionhall.db.datasource-class";
    /** The property Payara reads for the {@code url} of the data source: the configured URL made durable. */
    public static final String EFFECTIVE_URL = "unionhall.db.effective-url";

    static final String H2 = "org.h2.jdbcx.JdbcDataSource";
    static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";
    static final String DEFAULT_URL = "jdbc:h2:file:./data/db/unionhall";

    /** An H2 URL setting {@code ;WRITE_DELAY=…} in any case; H2 refuses a URL naming it twice. */
    private static final Pattern WRITE_DELAY = Pattern.compile("(?i);\\s*WRITE_DELAY\\s*=[^;]*");
    /** An H2 URL setting {@code ;QUERY_CACHE_SIZE=…}: the operator's choice is kept. */
    private static final Pattern QUERY_CACHE_SIZE = Pattern.compile("(?i);\\s*QUERY_CACHE_SIZE\\s*=");
    /**
     * How many parsed statements each H2 connection keeps. H2's default, 8, is fewer than one
     * recorded transfer runs (about ten), so every statement was parsed again on every call.
     */
    static final String H2_QUERY_CACHE = ";QUERY_CACHE_SIZE=64";

    @Override
    public Map<String, String> getProperties() {
        String url = configuredUrl();
        return Map.of(DATASOURCE_CLASS, dataSourceClassFor(url), EFFECTIVE_URL, effectiveUrl(url));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATASOURCE_CLASS, EFFECTIVE_URL);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case DATASOURCE_CLASS -> dataSourceClassFor(configuredUrl());
            case EFFECTIVE_URL -> effectiveUrl(configuredUrl());
            default -> null;
        };
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
        return isPostgreSql(url) ? POSTGRESQL : H2;
    }

    /**
     * The URL the data source opens: a PostgreSQL URL as given (PostgreSQL's own defaults,
     * {@code synchronous_commit=on} and {@code fsync=on}, already make a commit durable, and the
     * application never weakens them); an H2 URL with any {@code WRITE_DELAY} the operator gave
     * replaced by {@code WRITE_DELAY=0}, so every commit is written before it is acknowledged, and
     * with {@link #H2_QUERY_CACHE} unless the operator set a query cache.
     */
    static String effectiveUrl(String url) {
        String trimmed = url.strip();
        if (isPostgreSql(trimmed)) {
            return trimmed;
        }
        String durable = WRITE_DELAY.matcher(trimmed).replaceAll("") + ";WRITE_DELAY=0";
        return QUERY_CACHE_SIZE.matcher(durable).find() ? durable : durable + H2_QUERY_CACHE;
    }

    private static boolean isPostgreSql(String url) {
        return url.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
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
