package dev.retort;

import java.util.List;

/**
 * An index. {@code where} (SQL, or null) makes it partial; {@code concurrently} builds it without
 * blocking writes where the database can (PostgreSQL), and is ignored elsewhere.
 */
public record Index(String name, String table, List<String> columns, boolean unique, String where,
        boolean concurrently) {
    public Index {
        Names.require(name, "index");
        Names.require(table, "table");
        columns = Names.columns(columns);
    }
}
