package dev.retort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One schema change: the single model that revisions record, dialects render, and downgrades
 * are derived from. Each operation knows its reverse when it carries enough to build one:
 * drops are reversible only with the full definition of what they drop; {@link Execute} only
 * with reverse SQL; {@link BulkInsert} never.
 */
public sealed interface Operation {

    /** The operation that undoes this one, or empty when this one cannot be undone mechanically. */
    Optional<Operation> reverse();

    /** Why {@link #reverse()} is empty, for the error that asks for a written downgrade. */
    default String whyIrreversible() {
        return "";
    }

    /** Short form for messages, e.g. {@code dropTable("users")}. */
    String describe();

    /** The table this operation changes (the old name for a rename), or null for {@link Execute}. */
    default String subject() {
        if (this instanceof CreateTable o) {
            return o.table().name();
        } else if (this instanceof DropTable o) {
            return o.name();
        } else if (this instanceof RenameTable o) {
            return o.from();
        } else if (this instanceof AddColumn o) {
            return o.table();
        } else if (this instanceof DropColumn o) {
            return o.table();
        } else if (this instanceof AlterColumn o) {
            return o.table();
        } else if (this instanceof CreateIndex o) {
            return o.index().table();
        } else if (this instanceof DropIndex o) {
            return o.table();
        } else if (this instanceof AddConstraint o) {
            return o.table();
        } else if (this instanceof DropConstraint o) {
            return o.table();
        } else if (this instanceof BulkInsert o) {
            return o.table();
        }
        return null;
    }

    /** A column default in an {@link AlterColumn}: {@code sql} null means "no default". */
    record Default(String sql) {}

    record CreateTable(Table table) implements Operation {
        public CreateTable {
            Objects.requireNonNull(table, "table");
        }

        public Optional<Operation> reverse() {
            return Optional.of(new DropTable(table.name(), table));
        }

        public String describe() {
            return "createTable(" + q(table.name()) + ")";
        }
    }

    /** {@code definition} is the dropped table, or null when unknown. */
    record DropTable(String name, Table definition) implements Operation {
        public DropTable {
            Names.require(name, "table");
        }

        public Optional<Operation> reverse() {
            return Optional.ofNullable(definition).map(CreateTable::new);
        }

        public String whyIrreversible() {
            return "it does not carry the dropped table's definition (use dropTable(name, t -> ...))";
        }

        public String describe() {
            return "dropTable(" + q(name) + ")";
        }
    }

    record RenameTable(String from, String to) implements Operation {
        public RenameTable {
            Names.require(from, "table");
            Names.require(to, "table");
        }

        public Optional<Operation> reverse() {
            return Optional.of(new RenameTable(to, from));
        }

        public String describe() {
            return "renameTable(" + q(from) + ", " + q(to) + ")";
        }
    }

    record AddColumn(String table, Column column) implements Operation {
        public AddColumn {
            Names.require(table, "table");
            Objects.requireNonNull(column, "column");
        }

        public Optional<Operation> reverse() {
            return Optional.of(new DropColumn(table, column.name(), column));
        }

        public String describe() {
            return "addColumn(" + q(table) + ", " + q(column.name()) + ")";
        }
    }

    /** {@code definition} is the dropped column, or null when unknown. */
    record DropColumn(String table, String name, Column definition) implements Operation {
        public DropColumn {
            Names.require(table, "table");
            Names.require(name, "column");
        }

        public Optional<Operation> reverse() {
            return Optional.ofNullable(definition).map(c -> new AddColumn(table, c));
        }

        public String whyIrreversible() {
            return "it does not carry the dropped column's definition (use dropColumn(table, column, type, c -> ...))";
        }

        public String describe() {
            return "dropColumn(" + q(table) + ", " + q(name) + ")";
        }
    }

    /**
     * Changes one column; null fields stay as they are. Applied in the order type, nullability,
     * default, then the rename.
     */
    record AlterColumn(String table, String column, Type type, Type existingType, Boolean nullable,
            Boolean existingNullable, Default newDefault, Default existingDefault, String newName)
            implements Operation {
        public AlterColumn {
            Names.require(table, "table");
            Names.require(column, "column");
            if (type == null && nullable == null && newDefault == null && newName == null) {
                throw new IllegalArgumentException("alterColumn(" + table + ", " + column + ") changes nothing");
            }
        }

        /** A rename and nothing else: what {@code op.renameColumn(table, from, to)} records. */
        public static AlterColumn rename(String table, String from, String to) {
            return new AlterColumn(table, from, null, null, null, null, null, null, to);
        }

        /** Whether this only renames the column. */
        public boolean renameOnly() {
            return newName != null && type == null && nullable == null && newDefault == null;
        }

        public Optional<Operation> reverse() {
            if ((type != null && existingType == null) || (newDefault != null && existingDefault == null)) {
                return Optional.empty();
            }
            // Setting NOT NULL implies the column was nullable before, and the other way round.
            Boolean backNullable = nullable == null ? null : existingNullable != null ? existingNullable : !nullable;
            return Optional.of(new AlterColumn(table, newName == null ? column : newName,
                    type == null ? null : existingType, type, backNullable, nullable,
                    newDefault == null ? null : existingDefault, newDefault,
                    newName == null ? null : column));
        }

        public String whyIrreversible() {
            return type != null && existingType == null
                    ? "it changes the type without existingType(...)"
                    : "it changes the default without existingDefault(...)";
        }

        public String describe() {
            if (renameOnly()) {
                return "renameColumn(" + q(table) + ", " + q(column) + ", " + q(newName) + ")";
            }
            return "alterColumn(" + q(table) + ", " + q(column) + ")";
        }
    }

    record CreateIndex(Index index) implements Operation {
        public CreateIndex {
            Objects.requireNonNull(index, "index");
        }

        public Optional<Operation> reverse() {
            return Optional.of(new DropIndex(index.table(), index.name(), index));
        }

        public String describe() {
            return "createIndex(" + q(index.name()) + ", " + q(index.table()) + ")";
        }
    }

    /** {@code definition} is the dropped index, or null when unknown. */
    record DropIndex(String table, String name, Index definition) implements Operation {
        public DropIndex {
            Names.require(table, "table");
            Names.require(name, "index");
        }

        public Optional<Operation> reverse() {
            return Optional.ofNullable(definition).map(CreateIndex::new);
        }

        public String whyIrreversible() {
            return "it does not carry the dropped index's definition";
        }

        public String describe() {
            return "dropIndex(" + q(name) + ", " + q(table) + ")";
        }
    }

    record AddConstraint(String table, Constraint constraint) implements Operation {
        public AddConstraint {
            Names.require(table, "table");
            Objects.requireNonNull(constraint, "constraint");
            Names.require(constraint.name(), "constraint");
        }

        public Optional<Operation> reverse() {
            return Optional.of(new DropConstraint(table, constraint.name(), constraint));
        }

        public String describe() {
            return "add " + constraint.kind() + " " + q(constraint.name()) + " on " + q(table);
        }
    }

    /** {@code definition} is the dropped constraint, or null when unknown. */
    record DropConstraint(String table, String name, Constraint definition) implements Operation {
        public DropConstraint {
            Names.require(table, "table");
            Names.require(name, "constraint");
        }

        public Optional<Operation> reverse() {
            return Optional.ofNullable(definition).map(c -> new AddConstraint(table, c));
        }

        public String whyIrreversible() {
            return "it does not carry the dropped constraint's definition (use dropConstraint(table, Constraint))";
        }

        public String describe() {
            return "dropConstraint(" + q(name) + ", " + q(table) + ")";
        }
    }

    /** Raw SQL; reversible only when the revision gives the SQL that undoes it. */
    record Execute(String sql, String reverseSql) implements Operation {
        public Execute {
            Objects.requireNonNull(sql, "sql");
        }

        public Optional<Operation> reverse() {
            return Optional.ofNullable(reverseSql).map(r -> new Execute(r, sql));
        }

        public String whyIrreversible() {
            return "Retort cannot know what raw SQL did (use execute(sql, reverseSql))";
        }

        public String describe() {
            String oneLine = sql.strip().replaceAll("\\s+", " ");
            return "execute(" + q(oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + ")";
        }
    }

    /** Rows to insert; values are bound as parameters when executed. Null values are kept. */
    record BulkInsert(String table, List<Map<String, Object>> rows) implements Operation {
        public BulkInsert {
            Names.require(table, "table");
            List<Map<String, Object>> copy = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row))); // Map.copyOf refuses nulls
            }
            rows = List.copyOf(copy);
        }

        public Optional<Operation> reverse() {
            return Optional.empty();
        }

        public String whyIrreversible() {
            return "inserted rows are not deleted automatically (write the DELETE in downgrade)";
        }

        public String describe() {
            return "bulkInsert(" + q(table) + ", " + rows.size() + " rows)";
        }
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
