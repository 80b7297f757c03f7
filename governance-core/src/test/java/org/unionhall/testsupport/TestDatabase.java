package org.unionhall.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.unionhall.application.Stores;
import org.unionhall.application.TimeSource;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.infrastructure.persistence.JpaAuditTrail;
import org.unionhall.infrastructure.persistence.JpaChapters;
import org.unionhall.infrastructure.persistence.JpaFederations;
import org.unionhall.infrastructure.persistence.JpaInstances;
import org.unionhall.infrastructure.persistence.JpaJoinRequests;
import org.unionhall.infrastructure.persistence.JpaMandates;
import org.unionhall.infrastructure.persistence.JpaMembers;
import org.unionhall.infrastructure.persistence.JpaMemberships;
import org.unionhall.infrastructure.persistence.JpaRecordAccesses;
import org.unionhall.infrastructure.persistence.JpaSignInAccounts;
import org.unionhall.infrastructure.persistence.JpaUnions;
import org.unionhall.infrastructure.persistence.SchemaMigration;

/**
 * A real, empty database for one test class: H2 in memory, or a fresh schema in the PostgreSQL
 * that {@code ./unionhall test} starts. The real Flyway migrations build the schema; EclipseLink
 * runs the real persistence unit in RESOURCE_LOCAL mode on it.
 */
public final class TestDatabase implements AutoCloseable {
    /** Which database. */
    public enum Kind { H2, POSTGRESQL }

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final EntityManagerFactory emf;
    private final EntityManager em;

    private TestDatabase(Kind kind, String url, String user, String password, String schema) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", user);
        props.put("jakarta.persistence.jdbc.password", password);
        props.put("eclipselink.logging.level", "SEVERE");
        // A session of its own per database, so no test class shares EclipseLink state with another.
        props.put("eclipselink.session-name", "unionhall-test-" + UUID.randomUUID());
        props.put("jakarta.persistence.jdbc.driver",
                kind == Kind.H2 ? "org.h2.Driver" : "org.postgresql.Driver");
        this.emf = Persistence.createEntityManagerFactory("unionhall", props);
        this.em = emf.createEntityManager();
    }

    /** A fresh in-memory H2 database, migrated. */
    public static TestDatabase h2() {
        return h2("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
    }

    /**
     * A fresh H2 database in a file, migrated, opened as the installation opens its own
     * ({@code WRITE_DELAY=0}: a commit is on disk when it returns; a query cache of 64 statements
     * a connection, as the web module's DatabaseConfigSource gives it). For the benchmarks.
     *
     * @param file where, without H2's {@code .mv.db} ending; it must not exist yet
     */
    public static TestDatabase h2File(Path file) {
        return h2("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
    }

    private static TestDatabase h2(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
        SchemaMigration.migrate(ds);
        return new TestDatabase(Kind.H2, url, "sa", "", null);
    }

    /**
     * A fresh schema in the test PostgreSQL, migrated. Fails (never skips) when the connection
     * settings are missing.
     */
    public static TestDatabase postgres() {
        String base = System.getenv("UNIONHALL_TEST_PG_URL");
        String user = System.getenv("UNIONHALL_TEST_PG_USER");
        String password = System.getenv("UNIONHALL_TEST_PG_PASSWORD");
        if (base == null || base.isBlank() || user == null) {
            fail("PostgreSQL tests need UNIONHALL_TEST_PG_URL, UNIONHALL_TEST_PG_USER and "
                    + "UNIONHALL_TEST_PG_PASSWORD. Run them with ./unionhall test, which starts a throwaway "
                    + "PostgreSQL and sets these.");
        }
        String pw = password == null ? "" : password;
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base, user, pw); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test PostgreSQL at " + base + ": " + e.getMessage(), e);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(pw);
        SchemaMigration.migrate(ds);
        return new TestDatabase(Kind.POSTGRESQL, url, user, pw, schema);
    }

    /**
     * An installation's own PostgreSQL database (or schema, named by {@code currentSchema} in the
     * URL) as it is, migrated if it needs to be, and left in place on {@link #close}. For the
     * benchmarks that fill the database a running installation then opens.
     */
    public static TestDatabase installation(String url, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        SchemaMigration.migrate(ds);
        return new TestDatabase(Kind.POSTGRESQL, url, user, password, null);
    }

    /** Opens a database of the given kind. */
    public static TestDatabase of(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    /** Which database this is. */
    public Kind kind() {
        return kind;
    }

    /** The shared entity manager (cleared after every transaction). */
    public EntityManager em() {
        return em;
    }

    /** Stores over this database with the given clock. */
    public Stores stores(Clock clock) {
        return stores(em, clock);
    }

    /** Stores over the given entity manager (e.g. a {@link #secondEntityManager()}) with the given clock. */
    public static Stores stores(EntityManager em, Clock clock) {
        return new Stores(new JpaFederations(em), new JpaUnions(em), new JpaChapters(em), new JpaMembers(em),
                new JpaMemberships(em), new JpaJoinRequests(em), new JpaMandates(em), new JpaInstances(em),
                new JpaAuditTrail(em), new JpaSignInAccounts(em), new JpaRecordAccesses(em), new TimeSource(clock));
    }

    /**
     * Runs the work in one transaction, committing on success and rolling back on any exception,
     * like the container does around a service call. Inside a running transaction it just runs.
     */
    public <T> T tx(Supplier<T> work) {
        return tx(em, work);
    }

    /** {@link #tx(Supplier)} on the given entity manager, as another node or browser tab would run it. */
    public static <T> T tx(EntityManager em, Supplier<T> work) {
        EntityTransaction t = em.getTransaction();
        if (t.isActive()) {
            return work.get();
        }
        t.begin();
        try {
            T result = work.get();
            t.commit();
            return result;
        } catch (RuntimeException e) {
            if (t.isActive()) {
                t.rollback();
            }
            throw e;
        } finally {
            em.clear();
        }
    }

    /** Runs the work in one transaction. */
    public void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    /** A plain JDBC connection to the same database, for checks below JPA. */
    public Connection jdbc() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** A second entity manager factory's manager, for tests of concurrent edits. */
    public EntityManager secondEntityManager() {
        return emf.createEntityManager();
    }

    /**
     * Runs one use twice at the same moment, as two nodes would: each on its own entity manager, in
     * its own transaction, released together. Gives each outcome: what the use returned, or the
     * message of the rule violation that refused it.
     *
     * @param use the call, given its entity manager and its number (0 or 1)
     */
    public List<String> twiceAtOnce(BiFunction<EntityManager, Integer, String> use) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<EntityManager> managers = List.of(secondEntityManager(), secondEntityManager());
        try {
            List<Future<String>> uses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                EntityManager node = managers.get(i);
                int number = i;
                uses.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        return tx(node, () -> use.apply(node, number));
                    } catch (RuleViolation refused) {
                        return refused.getMessage();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : uses) {
                outcomes.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
            managers.forEach(EntityManager::close);
        }
    }

    @Override
    public void close() {
        em.close();
        emf.close();
        if (schema != null) {
            try (Connection c = jdbc(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
