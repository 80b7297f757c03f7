package org.unionhall.web.process;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh databases on the throwaway PostgreSQL that {@code scripts/test.sh} starts and names in
 * {@code UNIONHALL_TEST_PG_URL}, {@code UNIONHALL_TEST_PG_USER} and {@code UNIONHALL_TEST_PG_PASSWORD}.
 * Without them the test fails and says how to run it: a PostgreSQL test never passes by skipping.
 */
public final class TestPostgres {

    private TestPostgres() {
    }

    /**
     * One database of its own, dropped on close.
     *
     * @param url JDBC URL of the database
     * @param user its user
     * @param password the user's password
     * @param name the database's name
     */
    public record Database(String url, String user, String password, String name) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /** A new, empty database whose name starts with the prefix. */
    public static Database create(String prefix) throws SQLException {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String base = env("UNIONHALL_TEST_PG_URL");
        return new Database(base.substring(0, base.lastIndexOf('/') + 1) + name, env("UNIONHALL_TEST_PG_USER"),
                System.getenv().getOrDefault("UNIONHALL_TEST_PG_PASSWORD", ""), name);
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(env("UNIONHALL_TEST_PG_URL"), env("UNIONHALL_TEST_PG_USER"),
                System.getenv().getOrDefault("UNIONHALL_TEST_PG_PASSWORD", ""));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests with ./unionhall test (scripts/test.sh "
                    + "starts a throwaway PostgreSQL and sets it)");
        }
        return value;
    }
}
