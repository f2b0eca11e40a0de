package dev.retort.engine;

import dev.retort.RetortException;

/**
 * Where the version tables live: {@code table} and {@code table + "_log"} in {@code schema}
 * (null: the connection's default schema).
 */
public record VersionTableNames(String schema, String table) {
    public static final VersionTableNames DEFAULT = new VersionTableNames(null, "retort_version");

    public VersionTableNames {
        if (table == null || table.isBlank()) {
            throw RetortException.usage("version_table is empty", "name the version table, e.g. version_table = \"retort_version\"");
        }
        schema = schema == null || schema.isBlank() ? null : schema;
    }

    public String logTable() {
        return table + "_log";
    }
}
