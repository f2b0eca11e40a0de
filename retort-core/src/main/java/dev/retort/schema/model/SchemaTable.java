package dev.retort.schema.model;

import dev.retort.Constraint;
import dev.retort.Index;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table: columns in order, its primary key (or null), unique, check and foreign-key
 * constraints, and the indexes that are not the backing index of a constraint. Constraint names
 * may be null where the database keeps none (SQLite's unnamed constraints).
 */
public record SchemaTable(String name, List<SchemaColumn> columns, Constraint.PrimaryKey primaryKey,
        List<Constraint.Unique> uniques, List<Constraint.Check> checks, List<Constraint.ForeignKey> foreignKeys,
        List<Index> indexes) {

    public SchemaTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    public Optional<SchemaColumn> column(String columnName) {
        for (SchemaColumn c : columns) { // a loop, not a stream: the diff asks for every column of every table
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public List<String> primaryKeyColumns() {
        return primaryKey == null ? List.of() : primaryKey.columns();
    }

    public SchemaTable withName(String newName) {
        return new SchemaTable(newName, columns, primaryKey, uniques, checks, foreignKeys, indexes);
    }

    public SchemaTable with(List<SchemaColumn> newColumns, Constraint.PrimaryKey newPrimaryKey,
            List<Constraint.Unique> newUniques, List<Constraint.Check> newChecks,
            List<Constraint.ForeignKey> newForeignKeys, List<Index> newIndexes) {
        return new SchemaTable(name, newColumns, newPrimaryKey, newUniques, newChecks, newForeignKeys, newIndexes);
    }
}
