package org.unionhall.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * On H2, refuses every UPDATE and DELETE of a row of the ledger's append-only tables, as the
 * PL/pgSQL trigger does on PostgreSQL (both made by {@code db.migration.V81__Ledger_append_only}).
 * H2 loads this class by name (its own class loader, then the thread's context class loader: the
 * application's, on Payara) the first time a row of the table is written.
 */
public class AppendOnlyTrigger implements Trigger {
    /** The SQL state of the refusal: "prohibited SQL-statement attempted". */
    public static final String REFUSED = "2F003";

    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            throw new SQLException("Rows of " + table.toLowerCase(java.util.Locale.ROOT) + " are only ever added: "
                    + "the ledger refuses to " + (newRow == null ? "delete" : "change") + " one. Correct a transfer "
                    + "with a reversing transfer.", REFUSED);
        }
    }
}
