package dev.retort.dialect.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migration;
import dev.retort.Ops;
import dev.retort.Recorder;
import dev.retort.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random revisions of reversible operations, applied and then undone by the derived downgrade
 * on SQLite (where many of them rebuild tables) and H2: the catalog must be exactly as before.
 */
class ReversalProperties {
    private static final List<Type> TYPES = List.of(Type.INTEGER, Type.BIGINT, Type.TEXT, Type.varchar(12),
            Type.BOOLEAN, Type.numeric(8, 2), Type.DATE, Type.TIMESTAMP);

    @Property(tries = 25)
    void derivedDowngradeUndoesARandomRevision(@ForAll long seed) throws Exception {
        for (String dialect : List.of("sqlite", "h2")) {
            try (TestDb db = TestDb.open(dialect)) {
                Catalog catalog = new Catalog(db);
                DdlExecutor run = new DdlExecutor(db.ddl(), db.connection, s -> {});
                run.upgrade(op -> op.createTable("base", t -> t.column("id", Type.INTEGER, c -> c.primaryKey())
                        .column("v", Type.TEXT)));
                String before = catalog.snapshot();
                Migration m = randomRevision(new Random(seed));
                run.upgrade(m);
                run.downgrade(m);
                assertThat(catalog.snapshot()).as(dialect + " after " + Recorder.upgrade(m)).isEqualTo(before);
            }
        }
    }

    /** A revision over a small model of the schema, so that every operation is valid when it runs. */
    static Migration randomRevision(Random r) {
        List<Step> steps = new ArrayList<>();
        Map<String, Map<String, Type>> tables = new LinkedHashMap<>();
        tables.put("base", new LinkedHashMap<>(Map.of("id", Type.INTEGER, "v", Type.TEXT)));
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            String k = "n" + i;
            List<String> names = new ArrayList<>(tables.keySet());
            String table = names.get(r.nextInt(names.size()));
            List<String> cols = new ArrayList<>(tables.get(table).keySet());
            String col = cols.get(r.nextInt(cols.size()));
            Type type = TYPES.get(r.nextInt(TYPES.size()));
            switch (r.nextInt(7)) {
                case 0 -> {
                    tables.put("T " + k, new LinkedHashMap<>(Map.of("id", Type.BIGINT, "c" + k, type)));
                    steps.add(op -> op.createTable("T " + k, t -> t.column("id", Type.BIGINT, c -> c.primaryKey())
                            .column("c" + k, type)));
                }
                case 1 -> {
                    tables.get(table).put("a" + k, type);
                    boolean notNull = r.nextBoolean() && type.kind() == Type.Kind.INTEGER;
                    steps.add(op -> op.addColumn(table, "a" + k, type, c -> {
                        if (notNull) {
                            c.notNull().defaultValue("0");
                        }
                    }));
                }
                case 2 -> {
                    boolean unique = r.nextBoolean();
                    steps.add(op -> op.createIndex("ix " + k, table, List.of(col), o -> {
                        if (unique) {
                            o.unique();
                        }
                    }));
                }
                case 3 -> {
                    tables.put("R " + k, tables.remove(table));
                    steps.add(op -> op.renameTable(table, "R " + k));
                }
                case 4 -> {
                    Type old = tables.get(table).get(col);
                    if (!col.equals("id")) {
                        tables.get(table).put(col, type);
                        steps.add(op -> op.alterColumn(table, col, c -> c.type(type).existingType(old)));
                    }
                }
                case 5 -> {
                    if (!col.equals("id")) {
                        tables.get(table).put("r" + k, tables.get(table).remove(col));
                        steps.add(op -> op.alterColumn(table, col, c -> c.rename("r" + k)));
                    }
                }
                default -> steps.add(op -> op.createUniqueConstraint("uq " + k, table, col));
            }
        }
        return op -> steps.forEach(s -> s.apply(op));
    }

    interface Step {
        void apply(Ops op);
    }
}
