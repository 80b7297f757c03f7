package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the ledger's rows and checkpoints append-only in the database itself: a row-level
 * trigger refuses every UPDATE and DELETE (and, on PostgreSQL, a statement trigger every
 * TRUNCATE), so neither a bug nor an SQL statement typed by hand with the application's user
 * rewrites the books. This is the one migration that differs between the databases, which have
 * no trigger language in common, so it is Java: PL/pgSQL on PostgreSQL, a Java trigger class
 * ({@link org.unionhall.infrastructure.persistence.AppendOnlyTrigger}) on H2. Someone who may
 * drop triggers can still rewrite rows; the hash chain and the signed checkpoints show that they
 * did (docs/ledger.md).
 */
public class V81__Ledger_append_only extends BaseJavaMigration {
    private static final List<String> TABLES = List.of("ledger_transfer", "ledger_checkpoint",
            "ledger_checkpoint_balance");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String database = connection.getMetaData().getDatabaseProductName();
        try (Statement sql = connection.createStatement()) {
            if (database.equalsIgnoreCase("H2")) {
                for (String table : TABLES) {
                    sql.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE, DELETE ON " + table
                            + " FOR EACH ROW CALL '" + org.unionhall.infrastructure.persistence.AppendOnlyTrigger.class
                            .getName() + "'");
                }
            } else if (database.equalsIgnoreCase("PostgreSQL")) {
                sql.execute("CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        + "BEGIN RAISE EXCEPTION 'Rows of % are only ever added: the ledger refuses to % one. "
                        + "Correct a transfer with a reversing transfer.', TG_TABLE_NAME, LOWER(TG_OP) "
                        + "USING ERRCODE = 'prohibited_sql_statement_attempted'; END $$");
                for (String table : TABLES) {
                    sql.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                            + " FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()");
                    sql.execute("CREATE TRIGGER " + table + "_no_truncate BEFORE TRUNCATE ON " + table
                            + " FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()");
                }
            } else {
                throw new SQLException("Unionhall runs on H2 or PostgreSQL, not on " + database);
            }
        }
    }
}
