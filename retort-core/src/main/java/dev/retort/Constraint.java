package dev.retort;

import java.util.List;
import java.util.Objects;

/**
 * A named table constraint. Names are required where a constraint is created on its own, so
 * that it can be dropped again on every database; inside a new table they may be null.
 */
public sealed interface Constraint {
    String name();

    /** The words of the constraint's kind, for messages: "primary key", "foreign key", ... */
    String kind();

    record PrimaryKey(String name, List<String> columns) implements Constraint {
        public PrimaryKey {
            columns = Names.columns(columns);
        }

        public String kind() {
            return "primary key";
        }
    }

    record Unique(String name, List<String> columns) implements Constraint {
        public Unique {
            columns = Names.columns(columns);
        }

        public String kind() {
            return "unique constraint";
        }
    }

    /** {@code condition} is SQL, written by the revision's author. */
    record Check(String name, String condition) implements Constraint {
        public Check {
            Objects.requireNonNull(condition, "condition");
        }

        public String kind() {
            return "check constraint";
        }
    }

    record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
            ReferentialAction onDelete, ReferentialAction onUpdate) implements Constraint {
        public ForeignKey {
            columns = Names.columns(columns);
            Names.require(referencedTable, "referenced table");
            referencedColumns = Names.columns(referencedColumns);
            if (columns.size() != referencedColumns.size()) {
                throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                        + " columns but references " + referencedColumns.size());
            }
        }

        public String kind() {
            return "foreign key";
        }
    }

    static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    static Unique unique(String name, String... columns) {
        return new Unique(name, List.of(columns));
    }

    static Check check(String name, String condition) {
        return new Check(name, condition);
    }

    static ForeignKey foreignKey(String name, List<String> columns, String referencedTable,
            List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate);
    }
}
