// Over 300 lines: the diff is one ordering algorithm whose phases share the renamed tables and pending additions.
package dev.retort.schema.diff;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.registry.Dialects;
import dev.retort.schema.model.Expressions;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.SchemaColumn;
import dev.retort.schema.model.SchemaTable;
import dev.retort.RetortException;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.Column;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.Operation;
import dev.retort.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The operations that turn schema {@code from} (the database) into schema {@code to} (the
 * model), in an order every database accepts:
 *
 * <ol>
 *   <li>renames: a dropped and an added table (or column) of the same shape are one rename;
 *   <li>foreign keys, indexes and constraints that go or change are dropped;
 *   <li>dropped tables go, referencing tables first (foreign keys of a cycle dropped before);
 *   <li>new tables are created in foreign-key order, a cycle's closing keys left for the end;
 *   <li>columns are added, altered and dropped;
 *   <li>new constraints and indexes, then new foreign keys.
 * </ol>
 *
 * Every operation carries what its reverse needs (dropped definitions, existing column values),
 * so the downgrade is the reversed list of reverses: {@link #downgrade}. Constraints are matched
 * by what they do, not by name (databases make names up); indexes by name.
 */
public final class SchemaDiff {
    private final Schema from;
    private final Schema to;
    private final boolean inlineForeignKeys;
    private final List<Operation> out = new ArrayList<>();
    /** Expression keys by text: defaults repeat across thousands of columns. */
    private final Map<String, String> keys = new java.util.HashMap<>();

    private SchemaDiff(Schema from, Schema to) {
        Canonical.Types types = new Canonical.Types(Dialects.named(from.dialect())); // shared: equal types become one instance
        this.from = Canonical.of(from, types);
        this.to = ConstraintNames.withoutMadeUpNames(Canonical.of(to, types));
        // MySQL makes an index for a foreign key created with its table, and keeps it when the key
        // is dropped: keys are added after their indexes there, so that both are explicit operations.
        this.inlineForeignKeys = Dialects.named(to.dialect()).schemaRules().foreignKeysWithTable();
    }

    /** The upgrade: operations that make {@code from} equal to {@code to}. */
    public static List<Operation> diff(Schema from, Schema to) {
        SchemaDiff d = new SchemaDiff(from, to);
        d.run();
        return List.copyOf(d.out);
    }

    /** The exact undo of {@code upgrade}: the reverses, last first. */
    public static List<Operation> downgrade(List<Operation> upgrade) {
        Operation[] back = new Operation[upgrade.size()]; // filled from the end: inserting at the front is quadratic
        for (int i = 0; i < back.length; i++) {
            Operation op = upgrade.get(i);
            back[back.length - 1 - i] = op.reverse().orElseThrow(() -> new IllegalStateException(op.describe() + " has no reverse"));
        }
        return List.of(back);
    }

    private void run() {
        Map<String, SchemaTable> b = to.byName();
        Map<String, SchemaTable> a = renames(from.byName(), b);                           // 1. renames
        List<SchemaTable> kept = b.values().stream().filter(t -> a.containsKey(t.name())).toList();
        List<SchemaTable> dropped = a.values().stream().filter(t -> !b.containsKey(t.name())).toList();
        List<SchemaTable> created = b.values().stream().filter(t -> !a.containsKey(t.name())).toList();
        Map<String, Set<String>> typeChanged = typeChanges(a, kept);

        List<Operation> addForeignKeys = changeForeignKeys(kept, a, typeChanged);         // 2. what goes or changes
        List<Operation> addLater = changeIndexesAndConstraints(kept, a);
        dropTables(dropped);                                                              // 3. dropped tables
        addForeignKeys.addAll(0, createTables(created, a, b, typeChanged));               // 4. created tables
        changeColumns(kept, a);                                                           // 5. columns
        out.addAll(addLater);                                                             // 6. new keys, constraints, indexes
        out.addAll(addForeignKeys);                                                       //    then foreign keys
    }

    /**
     * Drops the foreign keys of kept tables that go or change (or whose columns change type), now;
     * returns the additions, which come last.
     */
    private List<Operation> changeForeignKeys(List<SchemaTable> kept, Map<String, SchemaTable> a,
            Map<String, Set<String>> typeChanged) {
        List<Operation> addForeignKeys = new ArrayList<>();
        for (SchemaTable tb : kept) {
            SchemaTable ta = a.get(tb.name());
            for (Constraint.ForeignKey fk : ta.foreignKeys()) {
                if (touched(fk, tb.name(), typeChanged) || !containsForeignKey(tb.foreignKeys(), fk)) {
                    out.add(new Operation.DropConstraint(tb.name(), ConstraintNames.name(fk, ta), ConstraintNames.named(fk, ta)));
                }
            }
            for (Constraint.ForeignKey fk : tb.foreignKeys()) {
                if (touched(fk, tb.name(), typeChanged) || !containsForeignKey(ta.foreignKeys(), fk)) {
                    addForeignKeys.add(new Operation.AddConstraint(tb.name(), ConstraintNames.named(fk, tb)));
                }
            }
        }
        return addForeignKeys;
    }

    /**
     * Drops the indexes, unique and check constraints and primary keys of kept tables that go or
     * change, now; returns the additions (a primary key first), which come after the columns.
     */
    private List<Operation> changeIndexesAndConstraints(List<SchemaTable> kept, Map<String, SchemaTable> a) {
        List<Operation> addLater = new ArrayList<>();
        for (SchemaTable tb : kept) {
            SchemaTable ta = a.get(tb.name());
            for (Index i : ta.indexes()) {
                if (!containsIndex(tb.indexes(), i)) {
                    out.add(new Operation.DropIndex(tb.name(), i.name(), i));
                }
            }
            for (Index j : tb.indexes()) {
                if (!containsIndex(ta.indexes(), j)) {
                    addLater.add(new Operation.CreateIndex(new Index(j.name(), tb.name(), j.columns(), j.unique(), j.where(), false)));
                }
            }
            for (Constraint.Unique u : ta.uniques()) {
                if (!containsUnique(tb.uniques(), u)) {
                    out.add(new Operation.DropConstraint(tb.name(), ConstraintNames.name(u, ta), ConstraintNames.named(u, ta)));
                }
            }
            for (Constraint.Check k : ta.checks()) {
                if (!containsCheck(tb.checks(), k)) {
                    out.add(new Operation.DropConstraint(tb.name(), ConstraintNames.name(k, ta), ConstraintNames.named(k, ta)));
                }
            }
            if (ta.primaryKey() != null && !ta.primaryKeyColumns().equals(tb.primaryKeyColumns())) {
                out.add(new Operation.DropConstraint(tb.name(), ConstraintNames.name(ta.primaryKey(), ta), ConstraintNames.named(ta.primaryKey(), ta)));
            }
            if (tb.primaryKey() != null && !ta.primaryKeyColumns().equals(tb.primaryKeyColumns())) {
                addLater.add(0, new Operation.AddConstraint(tb.name(), ConstraintNames.named(tb.primaryKey(), tb)));
            }
            for (Constraint.Unique v : tb.uniques()) {
                if (!containsUnique(ta.uniques(), v)) {
                    addLater.add(new Operation.AddConstraint(tb.name(), ConstraintNames.named(v, tb)));
                }
            }
            for (Constraint.Check v : tb.checks()) {
                if (!containsCheck(ta.checks(), v)) {
                    addLater.add(new Operation.AddConstraint(tb.name(), ConstraintNames.named(v, tb)));
                }
            }
        }
        return addLater;
    }

    /** Adds, alters, then drops the columns of kept tables. */
    private void changeColumns(List<SchemaTable> kept, Map<String, SchemaTable> a) {
        for (SchemaTable tb : kept) {
            SchemaTable ta = a.get(tb.name());
            for (SchemaColumn c : tb.columns()) {
                if (ta.column(c.name()).isEmpty()) {
                    out.add(new Operation.AddColumn(tb.name(), c.toColumn(false)));
                }
            }
            for (SchemaColumn c : tb.columns()) {
                SchemaColumn old = ta.column(c.name()).orElse(null);
                if (old != null) {
                    alter(tb.name(), old, c);
                }
            }
            for (SchemaColumn c : ta.columns()) {
                if (tb.column(c.name()).isEmpty()) {
                    out.add(new Operation.DropColumn(tb.name(), c.name(), c.toColumn(false)));
                }
            }
        }
    }

    /**
     * Adds the rename operations and returns the "from" tables as they are after them, so that
     * everything else compares by name.
     */
    private Map<String, SchemaTable> renames(Map<String, SchemaTable> a, Map<String, SchemaTable> b) {
        Map<String, String> tableRenames = Renames.pairTables(a, b);
        tableRenames.forEach((old, now) -> out.add(new Operation.RenameTable(old, now)));
        Map<String, SchemaTable> renamed = Renames.renameTables(a, tableRenames);
        for (SchemaTable tb : b.values()) {
            SchemaTable ta = renamed.get(tb.name());
            if (ta != null) {
                Map<String, String> columnRenames = Renames.pairColumns(ta, tb);
                columnRenames.forEach((old, now) -> out.add(new Operation.AlterColumn(tb.name(), old, null, null, null,
                        null, null, null, now)));
                renamed = Renames.renameColumns(renamed, tb.name(), columnRenames);
            }
        }
        return renamed;
    }

    private void alter(String table, SchemaColumn old, SchemaColumn now) {
        boolean type = !TypeNames.same(old.type(), now.type());
        boolean nullable = old.nullable() != now.nullable();
        boolean dflt = !Objects.equals(key(old.defaultSql()), key(now.defaultSql()));
        if (type || nullable || dflt) {
            out.add(new Operation.AlterColumn(table, old.name(), type ? now.type() : null, old.type(),
                    nullable ? now.nullable() : null, old.nullable(),
                    dflt ? new Operation.Default(now.defaultSql()) : null, new Operation.Default(old.defaultSql()), null));
        }
        if (old.autoIncrement() != now.autoIncrement()) {
            Operation.Execute identity = identity(table, now);
            out.add(now.autoIncrement() ? identity : new Operation.Execute(identity.reverseSql(), identity.sql()));
        }
    }

    /**
     * Makes a column generate its values (the reverse undoes it). The operation model has no
     * such change, so it is written as SQL with its reverse. SQLite cannot do it without a
     * rebuild, which Retort leaves to the user.
     */
    private Operation.Execute identity(String table, SchemaColumn c) {
        Dialect d = Dialects.named(to.dialect());
        return d.schemaRules().identity(d.ddl(), table, c);
    }

    // ---- tables

    /** Drops tables referencing others first; a cycle's foreign keys go before any of its tables. */
    private void dropTables(List<SchemaTable> dropped) {
        Creation order = creationOrder(dropped, Set.of());
        for (SchemaTable t : order.tables()) {
            for (Constraint.ForeignKey fk : t.foreignKeys()) {
                if (order.deferred().contains(fk) || !inlineForeignKeys) {
                    out.add(new Operation.DropConstraint(t.name(), ConstraintNames.name(fk, t), ConstraintNames.named(fk, t)));
                }
            }
        }
        List<SchemaTable> reversed = new ArrayList<>(order.tables());
        java.util.Collections.reverse(reversed);
        for (SchemaTable t : reversed) {
            for (Index i : t.indexes()) {
                out.add(new Operation.DropIndex(t.name(), i.name(), i));
            }
            List<Constraint.ForeignKey> inline = t.foreignKeys().stream()
                    .filter(fk -> !order.deferred().contains(fk) && inlineForeignKeys)
                    .toList();
            out.add(new Operation.DropTable(t.name(), table(t, inline)));
        }
    }

    /**
     * Creates tables in foreign-key order with their indexes; returns the foreign keys to add at the
     * end. A key is written inside CREATE TABLE whenever what it references is there by then (on
     * SQLite a separate key is a table rebuild): a table created before it, or a kept table whose
     * referenced key survives this revision's changes untouched. Only a cycle's closing keys, and
     * keys to columns or keys a kept table gains in this revision, wait for the end.
     */
    private List<Operation> createTables(List<SchemaTable> created, Map<String, SchemaTable> a, Map<String, SchemaTable> b,
                                         Map<String, Set<String>> typeChanged) {
        Set<String> existing = new HashSet<>();
        b.keySet().stream().filter(a::containsKey).forEach(existing::add);
        Creation order = creationOrder(created, existing);
        List<Operation> later = new ArrayList<>();
        for (SchemaTable t : order.tables()) {
            List<Constraint.ForeignKey> inline = new ArrayList<>();
            for (Constraint.ForeignKey fk : t.foreignKeys()) {
                boolean ready = !existing.contains(fk.referencedTable()) || keyStands(fk, a, b, typeChanged);
                if (inlineForeignKeys && !order.deferred().contains(fk) && ready) {
                    inline.add(fk);
                } else {
                    later.add(new Operation.AddConstraint(t.name(), ConstraintNames.named(fk, t)));
                }
            }
            out.add(new Operation.CreateTable(table(t, inline)));
            for (Index i : t.indexes()) {
                out.add(new Operation.CreateIndex(new Index(i.name(), t.name(), i.columns(), i.unique(), i.where(), false)));
            }
        }
        return later;
    }

    /**
     * Whether the kept table {@code fk} references already has the referenced columns, unchanged in
     * type, under a primary key, unique constraint or unique index that this revision keeps.
     */
    private boolean keyStands(Constraint.ForeignKey fk, Map<String, SchemaTable> a, Map<String, SchemaTable> b,
                              Map<String, Set<String>> typeChanged) {
        SchemaTable ta = a.get(fk.referencedTable());
        SchemaTable tb = b.get(fk.referencedTable());
        Set<String> changed = typeChanged.getOrDefault(fk.referencedTable(), Set.of());
        if (ta == null || tb == null || fk.referencedColumns().stream().anyMatch(c -> ta.column(c).isEmpty() || changed.contains(c))) {
            return false;
        }
        Set<String> columns = Set.copyOf(fk.referencedColumns());
        if (Set.copyOf(ta.primaryKeyColumns()).equals(columns) && ta.primaryKeyColumns().equals(tb.primaryKeyColumns())) {
            return true;
        }
        if (ta.uniques().stream().anyMatch(u -> Set.copyOf(u.columns()).equals(columns)
                && tb.uniques().stream().anyMatch(v -> v.columns().equals(u.columns())))) {
            return true;
        }
        return ta.indexes().stream().anyMatch(i -> i.unique() && i.where() == null && Set.copyOf(i.columns()).equals(columns)
                && tb.indexes().stream().anyMatch(j -> sameIndex(i, j)));
    }

    /** Tables in an order where each comes after those it references, and the keys that close cycles. */
    record Creation(List<SchemaTable> tables, Set<Constraint.ForeignKey> deferred) {}

    static Creation creationOrder(List<SchemaTable> tables, Set<String> existing) {
        Map<String, SchemaTable> pending = new LinkedHashMap<>();
        tables.forEach(t -> pending.put(t.name(), t));
        Set<String> done = new HashSet<>(existing);
        List<SchemaTable> order = new ArrayList<>();
        Set<Constraint.ForeignKey> deferred = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            SchemaTable next = null;
            for (SchemaTable t : pending.values()) {
                if (t.foreignKeys().stream().allMatch(fk -> ready(fk, t, done, pending))) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                // A cycle: create the first waiting table now and add its waiting keys at the end.
                next = pending.values().iterator().next();
                for (Constraint.ForeignKey fk : next.foreignKeys()) {
                    if (!ready(fk, next, done, pending)) {
                        deferred.add(fk);
                    }
                }
            }
            order.add(next);
            done.add(next.name());
            pending.remove(next.name());
        }
        return new Creation(order, deferred);
    }

    private static boolean ready(Constraint.ForeignKey fk, SchemaTable t, Set<String> done, Map<String, SchemaTable> pending) {
        String ref = fk.referencedTable();
        return ref.equals(t.name()) || done.contains(ref) || !pending.containsKey(ref);
    }

    /** The operation model's table: a single-column key inline (SQLite's AUTOINCREMENT needs that). */
    private Table table(SchemaTable t, List<Constraint.ForeignKey> foreignKeys) {
        List<String> pk = t.primaryKeyColumns();
        boolean inlinePk = pk.size() == 1 && (t.primaryKey().name() == null || t.column(pk.get(0)).map(SchemaColumn::autoIncrement).orElse(false)
                || Dialects.named(from.dialect()).schemaRules().namedPrimaryKeyInline());
        List<Column> columns = t.columns().stream().map(c -> c.toColumn(inlinePk && pk.contains(c.name()))).toList();
        List<Constraint> constraints = new ArrayList<>();
        if (!pk.isEmpty() && !inlinePk) {
            constraints.add(t.primaryKey());
        }
        constraints.addAll(t.uniques());
        constraints.addAll(t.checks());
        constraints.addAll(foreignKeys);
        return new Table(t.name(), columns, constraints);
    }

    // ---- comparisons and names

    // The per-table comparisons below are loops rather than streams: they run for every table
    // of schemas with thousands, mostly before the JIT has compiled anything.

    private static Map<String, Set<String>> typeChanges(Map<String, SchemaTable> a, List<SchemaTable> kept) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (SchemaTable tb : kept) {
            SchemaTable ta = a.get(tb.name());
            for (SchemaColumn c : tb.columns()) {
                SchemaColumn old = ta.column(c.name()).orElse(null);
                if (old != null && !TypeNames.same(old.type(), c.type())) {
                    out.computeIfAbsent(tb.name(), k -> new HashSet<>()).add(c.name());
                }
            }
        }
        return out;
    }

    /** Whether a column of the key, or one it references, changes type. */
    private static boolean touched(Constraint.ForeignKey fk, String table, Map<String, Set<String>> typeChanged) {
        if (typeChanged.isEmpty()) {
            return false;
        }
        Set<String> own = typeChanged.getOrDefault(table, Set.of());
        Set<String> referenced = typeChanged.getOrDefault(fk.referencedTable(), Set.of());
        for (String c : fk.columns()) {
            if (own.contains(c)) {
                return true;
            }
        }
        for (String c : fk.referencedColumns()) {
            if (referenced.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsForeignKey(List<Constraint.ForeignKey> fks, Constraint.ForeignKey fk) {
        for (Constraint.ForeignKey f : fks) {
            if (f.columns().equals(fk.columns()) && f.referencedTable().equals(fk.referencedTable())
                    && f.referencedColumns().equals(fk.referencedColumns()) && f.onDelete() == fk.onDelete()
                    && f.onUpdate() == fk.onUpdate()) {
                return true;
            }
        }
        return false;
    }

    private boolean containsIndex(List<Index> indexes, Index i) {
        for (Index j : indexes) {
            if (sameIndex(i, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsUnique(List<Constraint.Unique> uniques, Constraint.Unique u) {
        for (Constraint.Unique v : uniques) {
            if (v.columns().equals(u.columns())) {
                return true;
            }
        }
        return false;
    }

    private boolean containsCheck(List<Constraint.Check> checks, Constraint.Check k) {
        for (Constraint.Check v : checks) {
            if (sameCheck(k, v)) {
                return true;
            }
        }
        return false;
    }

    private String key(String sql) {
        return sql == null ? null : keys.computeIfAbsent(sql, Expressions::key);
    }

    private boolean sameIndex(Index i, Index j) {
        return i.name().equals(j.name()) && i.columns().equals(j.columns()) && i.unique() == j.unique()
                && Objects.equals(key(i.where()), key(j.where()));
    }

    private boolean sameCheck(Constraint.Check a, Constraint.Check b) {
        return key(a.condition()).equals(key(b.condition()));
    }
}
