package dev.retort.schema.model;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads one schema's tables from a database catalog in a few bulk queries (never one per
 * table), keeping only the tables a {@link TableFilter} accepts, before their details are read.
 */
public interface Reflector {

    /**
     * The tables of {@code schemaName} (null: the connection's current schema or database) that
     * {@code filter} accepts.
     */
    Schema reflect(Connection connection, String schemaName, TableFilter filter) throws SQLException;

    /** The reflector of {@code dialect}: {@code dialect.reflector()}. */
    static Reflector forDialect(Dialect dialect) {
        return dialect.reflector();
    }

    /** Reflects, turning a catalog error into a FAILED error that says what was being read. */
    static Schema reflect(Dialect dialect, Connection connection, String schemaName, TableFilter filter) {
        try {
            return dialect.reflector().reflect(connection, schemaName, filter);
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot read the " + dialect.name()
                    + " catalog: " + e.getMessage(), "check that the user may read the catalog", e);
        }
    }
}
