package org.unionhall.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An installation that ran the first schema version with members in it upgrades in place: the
 * member list's sort key is filled from the members' names, so the list keeps its order.
 */
class SchemaUpgradeTest {

    @Test
    void h2InstallationUpgradesWithItsMembers() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:u" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        upgradeWithMembers(ds);
    }

    @Test
    void postgresqlInstallationUpgradesWithItsMembers() throws SQLException {
        String base = System.getenv("UNIONHALL_TEST_PG_URL");
        if (base == null || base.isBlank()) {
            fail("PostgreSQL tests need UNIONHALL_TEST_PG_URL, UNIONHALL_TEST_PG_USER and "
                    + "UNIONHALL_TEST_PG_PASSWORD. Run them with ./unionhall test.");
        }
        String user = System.getenv("UNIONHALL_TEST_PG_USER");
        String password = System.getenv("UNIONHALL_TEST_PG_PASSWORD") == null ? ""
                : System.getenv("UNIONHALL_TEST_PG_PASSWORD");
        String schema = "u_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        ds.setUser(user);
        ds.setPassword(password);
        try {
            upgradeWithMembers(ds);
        } finally {
            try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void upgradeWithMembers(DataSource ds) throws SQLException {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO federation VALUES ('f', 'f', 'F', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO trade_union VALUES ('u', 'f', 'u', 'U', '', CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO chapter VALUES ('c', 'u', 'c', 'C', '', 2, CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO union_member VALUES ('m1', 'Zoë Zed', 'zoë zed', 'z@x.example', 'en', "
                    + "CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO union_member VALUES ('m2', 'Ada Ant', 'ada ant', 'a@x.example', 'en', "
                    + "CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO membership VALUES ('s1', 'm1', 'c', 'u', 'ACTIVE', CURRENT_DATE, 0)");
            s.execute("INSERT INTO membership VALUES ('s2', 'm2', 'c', 'u', 'ACTIVE', CURRENT_DATE, 0)");
        }
        assertTrue(SchemaMigration.migrate(ds).migrationsExecuted >= 1);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT member_id, sort_name FROM membership ORDER BY sort_name")) {
            assertTrue(rs.next());
            assertEquals("m2", rs.getString(1));
            assertEquals("ada ant", rs.getString(2));
            assertTrue(rs.next());
            assertEquals("zoë zed", rs.getString(2));
            assertFalse(rs.next());
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO union_member (id, display_name, sort_name, email, preferred_language, created_at, "
                    + "version) VALUES ('m3', 'Bo Bee', 'bo bee', 'b@x.example', 'en', CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO membership (id, member_id, chapter_id, union_id, status, joined_on, version) "
                    + "VALUES ('s3', 'm3', 'c', 'u', 'ACTIVE', CURRENT_DATE, 0)");
            fail("a membership without a sort key must be refused");
        } catch (SQLException expected) {
            assertEquals("23502", expected.getSQLState(), expected.getMessage());
        }
    }
}
