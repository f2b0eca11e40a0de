package dev.retort.schema.diff;

import dev.retort.schema.model.SchemaColumn;
import dev.retort.schema.model.SchemaTable;
import dev.retort.Constraint;
import dev.retort.Index;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rename detection for {@link SchemaDiff}: a dropped table and an added one with the same
 * columns (names and types), or a dropped column and an added one of the same type in one
 * table, are paired as a rename; the "from" side is then rewritten under the new names, foreign
 * keys of other tables included, so that the rest of the diff compares by name.
 */
final class Renames {
    private Renames() {}

    static Map<String, String> pairTables(Map<String, SchemaTable> a, Map<String, SchemaTable> b) {
        Map<String, String> renames = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (SchemaTable ta : a.values()) {
            if (b.containsKey(ta.name())) {
                continue;
            }
            for (SchemaTable tb : b.values()) {
                if (!a.containsKey(tb.name()) && !taken.contains(tb.name()) && shape(ta).equals(shape(tb))) {
                    renames.put(ta.name(), tb.name());
                    taken.add(tb.name());
                    break;
                }
            }
        }
        return renames;
    }

    private static List<String> shape(SchemaTable t) {
        return t.columns().stream().map(c -> c.name() + " " + c.type()).sorted().toList();
    }

    static Map<String, String> pairColumns(SchemaTable ta, SchemaTable tb) {
        Map<String, String> renames = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (SchemaColumn old : ta.columns()) {
            if (tb.column(old.name()).isPresent()) {
                continue;
            }
            for (SchemaColumn now : tb.columns()) {
                if (ta.column(now.name()).isEmpty() && !taken.contains(now.name()) && TypeNames.same(now.type(), old.type())) {
                    renames.put(old.name(), now.name());
                    taken.add(now.name());
                    break;
                }
            }
        }
        return renames;
    }

    static Map<String, SchemaTable> renameTables(Map<String, SchemaTable> a, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return a;
        }
        Map<String, SchemaTable> out = new LinkedHashMap<>();
        for (SchemaTable t : a.values()) {
            String name = renames.getOrDefault(t.name(), t.name());
            List<Constraint.ForeignKey> fks = t.foreignKeys().stream().map(f -> new Constraint.ForeignKey(f.name(), f.columns(),
                    renames.getOrDefault(f.referencedTable(), f.referencedTable()), f.referencedColumns(), f.onDelete(),
                    f.onUpdate())).toList();
            List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(), name, i.columns(), i.unique(), i.where(),
                    false)).toList();
            out.put(name, new SchemaTable(name, t.columns(), t.primaryKey(), t.uniques(), t.checks(), fks, indexes));
        }
        return out;
    }

    static Map<String, SchemaTable> renameColumns(Map<String, SchemaTable> a, String table, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return a;
        }
        Map<String, SchemaTable> out = new LinkedHashMap<>();
        for (SchemaTable t : a.values()) {
            boolean own = t.name().equals(table);
            List<Constraint.ForeignKey> fks = t.foreignKeys().stream().map(f -> new Constraint.ForeignKey(f.name(),
                    own ? cols(f.columns(), renames) : f.columns(), f.referencedTable(),
                    f.referencedTable().equals(table) ? cols(f.referencedColumns(), renames) : f.referencedColumns(),
                    f.onDelete(), f.onUpdate())).toList();
            if (!own) {
                out.put(t.name(), t.with(t.columns(), t.primaryKey(), t.uniques(), t.checks(), fks, t.indexes()));
                continue;
            }
            out.put(t.name(), t.with(
                    t.columns().stream().map(c -> c.withName(renames.getOrDefault(c.name(), c.name()))).toList(),
                    t.primaryKey() == null ? null : new Constraint.PrimaryKey(t.primaryKey().name(), cols(t.primaryKey().columns(), renames)),
                    t.uniques().stream().map(u -> new Constraint.Unique(u.name(), cols(u.columns(), renames))).toList(),
                    t.checks(), fks,
                    t.indexes().stream().map(i -> new Index(i.name(), i.table(), cols(i.columns(), renames), i.unique(), i.where(),
                            false)).toList()));
        }
        return out;
    }

    private static List<String> cols(List<String> columns, Map<String, String> renames) {
        return columns.stream().map(c -> renames.getOrDefault(c, c)).toList();
    }
}
