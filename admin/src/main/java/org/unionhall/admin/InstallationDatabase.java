package org.unionhall.admin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.unionhall.application.DefaultTwoFactorService;
import org.unionhall.application.PublicAddress;
import org.unionhall.application.Stores;
import org.unionhall.application.TimeSource;
import org.unionhall.application.TwoFactorService;
import org.unionhall.application.installation.DefaultInstallationService;
import org.unionhall.application.installation.InstallationService;
import org.unionhall.infrastructure.crypto.Argon2PasswordHasher;
import org.unionhall.infrastructure.persistence.JpaAuditTrail;
import org.unionhall.infrastructure.persistence.JpaChapters;
import org.unionhall.infrastructure.persistence.JpaFederations;
import org.unionhall.infrastructure.persistence.JpaInstallations;
import org.unionhall.infrastructure.persistence.JpaInstances;
import org.unionhall.infrastructure.persistence.JpaJoinRequests;
import org.unionhall.infrastructure.persistence.JpaMandates;
import org.unionhall.infrastructure.persistence.JpaMembers;
import org.unionhall.infrastructure.persistence.JpaMemberships;
import org.unionhall.infrastructure.persistence.JpaOutbox;
import org.unionhall.infrastructure.persistence.JpaRecordAccesses;
import org.unionhall.infrastructure.persistence.JpaSignInAccounts;
import org.unionhall.infrastructure.persistence.JpaSignInSessions;
import org.unionhall.infrastructure.persistence.JpaTwoFactors;
import org.unionhall.infrastructure.persistence.JpaUnions;
import org.unionhall.infrastructure.persistence.SchemaMigration;
import org.unionhall.infrastructure.throttle.InMemorySignInThrottle;

/**
 * The installation's database as the server opens it, from the same settings, migrated to the
 * current schema before anything else, with the application services built on it and one local
 * transaction per call. H2 URLs get {@code WRITE_DELAY=0} as the server's do, so a command's
 * commit is on disk when it says "done", and the server's query cache.
 */
final class InstallationDatabase implements AutoCloseable {
    /** The server's own default (META-INF/microprofile-config.properties of the web module). */
    static final String DEFAULT_URL = "jdbc:h2:file:./data/db/unionhall";
    private static final Pattern WRITE_DELAY = Pattern.compile("(?i);\\s*WRITE_DELAY\\s*=[^;]*");
    private static final Pattern QUERY_CACHE_SIZE = Pattern.compile("(?i);\\s*QUERY_CACHE_SIZE\\s*=");

    private final EntityManagerFactory emf;
    private final EntityManager em;

    private InstallationDatabase(EntityManagerFactory emf) {
        this.emf = emf;
        this.em = emf.createEntityManager();
    }

    /**
     * Opens the database the environment names ({@code UNIONHALL_DB_URL}, {@code UNIONHALL_DB_USER},
     * {@code UNIONHALL_DB_PASSWORD}), migrating it first.
     */
    static InstallationDatabase open(Map<String, String> environment) {
        String url = effectiveUrl(setting(environment, "UNIONHALL_DB_URL", DEFAULT_URL));
        String user = setting(environment, "UNIONHALL_DB_USER", "unionhall");
        String password = setting(environment, "UNIONHALL_DB_PASSWORD", "unionhall");
        boolean postgres = isPostgreSql(url);
        SchemaMigration.migrate(dataSource(url, user, password, postgres));
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", user);
        props.put("jakarta.persistence.jdbc.password", password);
        props.put("jakarta.persistence.jdbc.driver", postgres ? "org.postgresql.Driver" : "org.h2.Driver");
        props.put("eclipselink.logging.level", "SEVERE");
        return new InstallationDatabase(Persistence.createEntityManagerFactory("unionhall", props));
    }

    /** The first-run service on this database. */
    InstallationService installation() {
        return new DefaultInstallationService(stores(), new JpaInstallations(em), new Argon2PasswordHasher());
    }

    /**
     * Two-factor sign-in on this database, its mail going to the outbox that the server sends from,
     * with links to the given public address.
     */
    TwoFactorService twoFactor(PublicAddress address) {
        return new DefaultTwoFactorService(stores(), new JpaTwoFactors(em), new JpaSignInSessions(em),
                new InMemorySignInThrottle(), new Argon2PasswordHasher(), new JpaOutbox(em), address);
    }

    private Stores stores() {
        return new Stores(new JpaFederations(em), new JpaUnions(em), new JpaChapters(em), new JpaMembers(em),
                new JpaMemberships(em), new JpaJoinRequests(em), new JpaMandates(em), new JpaInstances(em),
                new JpaAuditTrail(em), new JpaSignInAccounts(em), new JpaRecordAccesses(em), new TimeSource());
    }

    /** Runs one service call in its own transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work) {
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.clear();
        }
    }

    /** The URL the server opens for a configured one (see the web module's DatabaseConfigSource). */
    static String effectiveUrl(String url) {
        String trimmed = url.strip();
        if (isPostgreSql(trimmed)) {
            return trimmed;
        }
        String durable = WRITE_DELAY.matcher(trimmed).replaceAll("") + ";WRITE_DELAY=0";
        return QUERY_CACHE_SIZE.matcher(durable).find() ? durable : durable + ";QUERY_CACHE_SIZE=64";
    }

    private static boolean isPostgreSql(String url) {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    private static String setting(Map<String, String> environment, String name, String fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static DataSource dataSource(String url, String user, String password, boolean postgres) {
        if (postgres) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    @Override
    public void close() {
        em.close();
        emf.close();
    }
}
