package dev.retort;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table definition: columns in order, then table-level constraints (composite keys, checks,
 * multi-column foreign keys). Column-level keys stay on their {@link Column}.
 */
public record Table(String name, List<Column> columns, List<Constraint> constraints) {
    public Table {
        Names.require(name, "table");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " needs at least one column");
        }
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("table " + name + " declares column " + c.name() + " twice");
            }
        }
    }

    /** Names of the primary key columns, from the columns or a PrimaryKey constraint. */
    public List<String> primaryKeyColumns() {
        for (Constraint c : constraints) {
            if (c instanceof Constraint.PrimaryKey pk) {
                return pk.columns();
            }
        }
        return columns.stream().filter(Column::primaryKey).map(Column::name).toList();
    }
}
