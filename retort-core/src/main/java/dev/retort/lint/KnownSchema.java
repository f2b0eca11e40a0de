package dev.retort.lint;

import dev.retort.Column;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.Operation;
import dev.retort.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The schema as the revisions build it, step by step from the first revision: enough to know a
 * column's type before a revision changes it, and which columns an index covers. Names match
 * case-insensitively; a table lint never saw created is simply unknown.
 */
public final class KnownSchema {
    /** What lint knows about one column. */
    public record ColumnInfo(String name, Type type, boolean nullable) {}

    private static final class TableInfo {
        final Map<String, ColumnInfo> columns = new LinkedHashMap<>();
        /** Index or key name to its columns, in order (primary and unique keys included). */
        final Map<String, List<String>> indexes = new LinkedHashMap<>();
        final List<String> checks = new ArrayList<>();

        TableInfo copy() {
            TableInfo t = new TableInfo();
            t.columns.putAll(columns);
            t.indexes.putAll(indexes);
            t.checks.addAll(checks);
            return t;
        }
    }

    private final Map<String, TableInfo> tables = new LinkedHashMap<>();

    public KnownSchema copy() {
        KnownSchema s = new KnownSchema();
        tables.forEach((k, v) -> s.tables.put(k, v.copy()));
        return s;
    }

    /** Adds the tables of {@code other} that this schema lacks (a merge of branches). */
    public void addMissingTables(KnownSchema other) {
        other.tables.forEach((k, v) -> tables.putIfAbsent(k, v.copy()));
    }

    public ColumnInfo column(String table, String column) {
        TableInfo t = tables.get(key(table));
        return t == null ? null : t.columns.get(key(column));
    }

    /** True when an index or key on {@code table} starts with exactly {@code columns}, in any order. */
    public boolean indexed(String table, List<String> columns) {
        TableInfo t = tables.get(key(table));
        if (t == null) {
            return false;
        }
        Set<String> wanted = keys(columns);
        for (List<String> index : t.indexes.values()) {
            if (index.size() >= wanted.size() && keys(index.subList(0, wanted.size())).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The table's check conditions, as written. */
    public List<String> checks(String table) {
        TableInfo t = tables.get(key(table));
        return t == null ? List.of() : List.copyOf(t.checks);
    }

    public void apply(Step step) {
        Operation op = step.op();
        if (op instanceof Operation.CreateTable c) {
            TableInfo t = new TableInfo();
            tables.put(key(c.table().name()), t);
            c.table().columns().forEach(col -> addColumn(c.table().name(), t, col));
            c.table().constraints().forEach(k -> addConstraint(t, k));
        } else if (op instanceof Operation.Execute && step.has(Step.Flag.CREATES_TABLE)) {
            tables.put(key(step.table()), new TableInfo());
        } else if (op instanceof Operation.DropTable d) {
            tables.remove(key(d.name()));
        } else if (op instanceof Operation.RenameTable r) {
            TableInfo t = tables.remove(key(r.from()));
            if (t != null) {
                tables.put(key(r.to()), t);
            }
        } else if (op instanceof Operation.AddColumn a) {
            table(a.table()).ifPresent(t -> addColumn(a.table(), t, a.column()));
        } else if (op instanceof Operation.DropColumn d) {
            table(d.table()).ifPresent(t -> {
                t.columns.remove(key(d.name()));
                t.indexes.values().removeIf(cols -> keys(cols).contains(key(d.name())));
            });
        } else if (op instanceof Operation.AlterColumn a) {
            table(a.table()).ifPresent(t -> alter(t, a));
        } else if (op instanceof Operation.CreateIndex c) {
            table(c.index().table()).ifPresent(t -> t.indexes.put(key(c.index().name()), c.index().columns()));
        } else if (op instanceof Operation.DropIndex d) {
            tables.values().forEach(t -> t.indexes.remove(key(d.name())));
        } else if (op instanceof Operation.AddConstraint a) {
            table(a.table()).ifPresent(t -> addConstraint(t, a.constraint()));
        } else if (op instanceof Operation.DropConstraint d) {
            table(d.table()).ifPresent(t -> t.indexes.remove(key(d.name())));
        }
    }

    private java.util.Optional<TableInfo> table(String name) {
        return java.util.Optional.ofNullable(tables.get(key(name)));
    }

    private static void addColumn(String table, TableInfo t, Column c) {
        t.columns.put(key(c.name()), new ColumnInfo(c.name(), c.type(), c.nullable()));
        if (c.primaryKey() || c.unique()) {
            t.indexes.put(key(table + "_" + c.name() + (c.primaryKey() ? "_pkey" : "_key")), List.of(c.name()));
        }
    }

    private static void addConstraint(TableInfo t, Constraint k) {
        if (k instanceof Constraint.PrimaryKey pk) {
            t.indexes.put(key(pk.name() == null ? "primary key" : pk.name()), pk.columns());
        } else if (k instanceof Constraint.Unique u) {
            t.indexes.put(key(u.name() == null ? "unique " + u.columns() : u.name()), u.columns());
        } else if (k instanceof Constraint.Check c) {
            t.checks.add(c.condition());
        }
    }

    private static void alter(TableInfo t, Operation.AlterColumn a) {
        ColumnInfo old = t.columns.get(key(a.column()));
        if (old == null) {
            return;
        }
        Type type = a.type() != null ? a.type() : old.type();
        boolean nullable = a.nullable() != null ? a.nullable() : old.nullable();
        String name = a.newName() != null ? a.newName() : old.name();
        t.columns.remove(key(a.column()));
        t.columns.put(key(name), new ColumnInfo(name, type, nullable));
        if (a.newName() != null) {
            t.indexes.replaceAll((k, cols) -> cols.stream().map(c -> key(c).equals(key(a.column())) ? name : c).toList());
        }
    }

    public static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    public static Set<String> keys(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(key(n)));
        return out;
    }
}
