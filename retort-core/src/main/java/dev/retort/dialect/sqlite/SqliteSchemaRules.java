package dev.retort.dialect.sqlite;

import dev.retort.dialect.JdbcDrivers;
import dev.retort.Operation;
import dev.retort.RetortException;
import dev.retort.dialect.SchemaRules;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.schema.model.SchemaColumn;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite: AUTOINCREMENT cannot be added without a rebuild; a rebuild is written from the table's
 * current definition, so revision bodies are played on an in-memory copy of the schema.
 */
final class SqliteSchemaRules extends SchemaRules {
    @Override
    public Operation.Execute identity(DdlRenderer ddl, String table, SchemaColumn c) {
        throw new RetortException(RetortException.Kind.FAILED, "sqlite: column " + table + "." + c.name()
                + " changes AUTOINCREMENT, which SQLite can only do by rebuilding the table",
                "write that revision by hand (create the new table, copy the rows, drop, rename)");
    }

    @Override
    public Connection copyForRendering(Connection current) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (Statement s = current.createStatement();
                var rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                        + " ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid")) {
            while (rs.next()) {
                ddl.add(rs.getString(1));
            }
        }
        Connection copy = JdbcDrivers.open("jdbc:sqlite::memory:", SqliteDialect.DRIVER);
        try (Statement s = copy.createStatement()) {
            for (String sql : ddl) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            copy.close();
            throw e;
        }
        return copy;
    }
}
