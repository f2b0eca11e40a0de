package dev.retort.dialect.sqlite;

import dev.retort.RetortException;
import dev.retort.dialect.ddl.Step;
import dev.retort.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The table rebuild SQLite's documentation prescribes for changes ALTER TABLE cannot make
 * (https://sqlite.org/lang_altertable.html#otheralter): create the new table, copy the rows,
 * drop the old table, rename the new one, re-create indexes, triggers and the views and
 * triggers that mention it, then check foreign keys. It reads the current definition, so it needs the live
 * connection.
 */
final class SqliteRebuild {
    private SqliteRebuild() {}

    static List<Step> steps(SqliteDdl ddl, Connection c, String table, Operation op, UnaryOperator<SqliteTableSql> change)
            throws SQLException {
        if (c == null) {
            throw ddl.needsConnection(op, "makes SQLite rebuild table " + table + " from its current definition");
        }
        String createSql = one(c, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", table);
        if (createSql == null) {
            throw new RetortException(RetortException.Kind.FAILED, "sqlite: " + op.describe() + ": no table " + table,
                    "check the table name");
        }
        SqliteTableSql next = change.apply(SqliteTableSql.parse(createSql));
        boolean fkOn = "1".equals(one(c, "PRAGMA foreign_keys"));
        boolean ownTransaction = fkOn && c.getAutoCommit();
        if (fkOn && !ownTransaction) {
            List<String> children = referencing(c, table);
            if (!children.isEmpty()) {
                throw new RetortException(RetortException.Kind.FAILED, "sqlite: " + op.describe() + " rebuilds table "
                        + table + ", which " + String.join(", ", children) + " reference; with foreign_keys=ON inside a"
                        + " transaction, dropping the old table would fire their ON DELETE actions",
                        "connect without foreign_keys=true for migrations, or run this revision with 'Transaction: none'");
            }
        }

        String q = ddl.quote(table);
        String tmp = ddl.quote("_retort_rebuild_" + table);
        List<String> copy = copiedColumns(c, table, next.columns()).stream().map(ddl::quote).toList();
        List<String[]> dependents = list(c, "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? COLLATE NOCASE"
                + " AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid", table);
        // Views and other tables' triggers that mention the table would fail the rename's schema check.
        List<String[]> mentioning = new ArrayList<>();
        for (String[] v : list(c, "SELECT type, name, sql FROM sqlite_master WHERE (type = 'view' OR (type = 'trigger'"
                + " AND tbl_name <> ? COLLATE NOCASE)) AND sql IS NOT NULL ORDER BY rowid", table)) {
            if (v[2].toLowerCase(Locale.ROOT).contains(table.toLowerCase(Locale.ROOT))) {
                mentioning.add(v);
            }
        }

        List<Step> out = new ArrayList<>();
        if (ownTransaction) {
            out.add(Step.sql("PRAGMA foreign_keys = OFF").withOnFailure("PRAGMA foreign_keys = ON"));
            out.add(Step.sql("BEGIN").withOnFailure("ROLLBACK"));
        }
        mentioning.forEach(v -> out.add(Step.sql("DROP " + v[0].toUpperCase(Locale.ROOT) + " " + ddl.quote(v[1]))));
        out.add(Step.sql(next.createStatement(tmp)));
        String cols = String.join(", ", copy);
        out.add(Step.sql("INSERT INTO " + tmp + " (" + cols + ") SELECT " + cols + " FROM " + q));
        out.add(Step.sql("DROP TABLE " + q));
        out.add(Step.sql("ALTER TABLE " + tmp + " RENAME TO " + q));
        dependents.forEach(d -> out.add(Step.sql(d[2])));
        mentioning.forEach(v -> out.add(Step.sql(v[2])));
        String name = ddl.stringLiteral(table);
        out.add(Step.check("SELECT \"table\", \"rowid\", \"parent\", \"fkid\" FROM pragma_foreign_key_check"
                + " WHERE \"table\" = " + name + " COLLATE NOCASE OR \"parent\" = " + name + " COLLATE NOCASE",
                "foreign key violations after rebuilding table " + table + " for " + op.describe()));
        if (ownTransaction) {
            out.add(Step.sql("COMMIT").settling());
            out.add(Step.sql("PRAGMA foreign_keys = ON").settling());
        }
        return out;
    }

    /** Columns of the old table that the new one still has; generated columns are computed, not copied. */
    private static List<String> copiedColumns(Connection c, String table, List<String> newColumns) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String[] col : list(c, "SELECT name, hidden, '' FROM pragma_table_xinfo(?)", table)) {
            boolean generated = col[1].equals("2") || col[1].equals("3");
            if (!generated && newColumns.stream().anyMatch(n -> n.equalsIgnoreCase(col[0]))) {
                out.add(col[0]);
            }
        }
        return out;
    }

    private static List<String> referencing(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String[] t : list(c, "SELECT m.name, f.\"table\", '' FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
                + " WHERE m.type = 'table' AND m.name <> ? COLLATE NOCASE", table)) {
            if (t[1].equalsIgnoreCase(table) && !out.contains(t[0])) {
                out.add(t[0]);
            }
        }
        return out;
    }

    private static String one(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Rows of three text columns. */
    private static List<String[]> list(Connection c, String sql, String param) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        return out;
    }

}
