package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, lets the foreign keys from a ledger row to its debit and credit accounts use the indexes
 * {@code ix_ledger_transfer_debit} and {@code _credit}. H2 gave each foreign key declared with its
 * table an index of its own, so every recorded transfer was written into two indexes more than it
 * needs; a foreign key added once an index of exactly its column exists uses that one, so each is
 * dropped and added again, with the same name and meaning. (H2 does not share an index of more
 * columns, so the keys to the ledger and those of the audit trail keep theirs.) PostgreSQL makes
 * no index for a foreign key, so nothing changes there.
 */
public class V85__H2_foreign_keys_share_indexes extends BaseJavaMigration {
    /** Constraint, column and the table it refers to, on ledger_transfer. */
    private static final List<List<String>> FOREIGN_KEYS = List.of(
            List.of("fk_ledger_transfer_debit", "debit_account_id", "ledger_account"),
            List.of("fk_ledger_transfer_credit", "credit_account_id", "ledger_account"));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            for (List<String> key : FOREIGN_KEYS) {
                sql.execute("ALTER TABLE ledger_transfer DROP CONSTRAINT " + key.get(0));
                sql.execute("ALTER TABLE ledger_transfer ADD CONSTRAINT " + key.get(0) + " FOREIGN KEY ("
                        + key.get(1) + ") REFERENCES " + key.get(2) + " (id)");
            }
        }
    }
}
