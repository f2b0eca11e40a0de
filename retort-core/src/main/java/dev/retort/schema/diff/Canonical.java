package dev.retort.schema.diff;

import dev.retort.dialect.registry.Dialects;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.SchemaColumn;
import dev.retort.schema.model.SchemaTable;
import dev.retort.dialect.Dialect;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.ReferentialAction;
import dev.retort.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a schema in the form reflection of {@code dialect} gives, so that a model built without a
 * database (JPA entities) compares with a reflected one: types as the database would store them,
 * key columns NOT NULL, the default referential action as null, and on MySQL unique constraints
 * as the unique indexes InnoDB keeps. Reflected schemas are already canonical.
 */
public final class Canonical {
    private Canonical() {}

    public static Schema of(Schema schema) {
        return of(schema, new Types(Dialects.named(schema.dialect())));
    }

    /**
     * Canonical types, remembered by instance and then by value ({@link TypeNames#key}): a schema
     * repeats a few types thousands of times, and reflection and the model cache give each
     * distinct type one instance. The first instance of a value that is already canonical is the
     * one kept, so that the two schemas of a diff, canonical through one Types, share instances.
     */
    static final class Types {
        private final Dialect dialect;
        private final Map<Type, Type> byInstance = new IdentityHashMap<>();
        private final Map<String, Type> byValue = new HashMap<>();

        Types(Dialect dialect) {
            this.dialect = dialect;
        }

        Type canonical(Type type) {
            Type c = byInstance.get(type);
            if (c == null) {
                c = byValue.computeIfAbsent(TypeNames.key(type), k -> {
                    Type made = TypeNames.canonical(dialect, type);
                    return TypeNames.same(made, type) ? type : made;
                });
                byInstance.put(type, c);
            }
            return c;
        }
    }

    /** As {@link #of(Schema)}, with {@code types} shared with another schema of the same dialect. */
    static Schema of(Schema schema, Types types) {
        Dialect d = Dialects.named(schema.dialect());
        if (!types.dialect.equals(d)) {
            types = new Types(d);
        }
        boolean uniquesAreIndexes = d.schemaRules().uniquesAreIndexes();
        List<SchemaTable> tables = new ArrayList<>();
        for (SchemaTable t : schema.tables()) {
            // loops, not streams: this runs for every table of both schemas of a diff
            List<String> pk = t.primaryKeyColumns();
            List<SchemaColumn> columns = new ArrayList<>(t.columns().size());
            for (SchemaColumn c : t.columns()) {
                Type type = types.canonical(c.type());
                boolean nullable = c.nullable() && !pk.contains(c.name());
                columns.add(type == c.type() && nullable == c.nullable() ? c
                        : new SchemaColumn(c.name(), type, nullable, c.defaultSql(), c.autoIncrement()));
            }
            List<Constraint.ForeignKey> fks = new ArrayList<>(t.foreignKeys().size());
            for (Constraint.ForeignKey f : t.foreignKeys()) {
                ReferentialAction onDelete = action(d, f.onDelete());
                ReferentialAction onUpdate = action(d, f.onUpdate());
                fks.add(onDelete == f.onDelete() && onUpdate == f.onUpdate() ? f : new Constraint.ForeignKey(f.name(),
                        f.columns(), f.referencedTable(), f.referencedColumns(), onDelete, onUpdate));
            }
            List<Constraint.Unique> uniques = t.uniques();
            List<Index> indexes = new ArrayList<>(t.indexes());
            if (uniquesAreIndexes) {
                for (Constraint.Unique u : uniques) {
                    String name = u.name() != null ? u.name() : u.columns().get(0);
                    if (indexes.stream().noneMatch(i -> i.name().equals(name))) {
                        indexes.add(new Index(name, t.name(), u.columns(), true, null, false));
                    }
                }
                uniques = List.of();
            }
            tables.add(new SchemaTable(t.name(), columns, t.primaryKey(), uniques, t.checks(), fks, indexes));
        }
        return new Schema(d.name(), tables, schema.notes());
    }

    private static ReferentialAction action(Dialect d, ReferentialAction a) {
        if (a == ReferentialAction.NO_ACTION) {
            return null;
        }
        return d.schemaRules().restrictIsDefault() && a == ReferentialAction.RESTRICT ? null : a;
    }
}
