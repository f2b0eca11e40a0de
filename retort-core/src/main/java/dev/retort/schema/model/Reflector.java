package dev.retort.schema.model;

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
}
