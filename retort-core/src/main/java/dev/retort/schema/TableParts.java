package dev.retort.schema;

import dev.retort.ops.Constraint;
import dev.retort.ops.Index;
import java.util.ArrayList;
import java.util.List;

/** The parts of one table while a reflector reads them from several bulk queries. */
final class TableParts {
    final String name;
    final List<SchemaColumn> columns = new ArrayList<>();
    Constraint.PrimaryKey primaryKey;
    final List<Constraint.Unique> uniques = new ArrayList<>();
    final List<Constraint.Check> checks = new ArrayList<>();
    final List<Constraint.ForeignKey> foreignKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();

    TableParts(String name) {
        this.name = name;
    }

    SchemaTable build() {
        return new SchemaTable(name, columns, primaryKey, uniques, checks, foreignKeys, indexes);
    }
}
