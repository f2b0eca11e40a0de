package dev.retort.verify;

import dev.retort.dialect.ScratchSpace;
import dev.retort.RetortException;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.ReferentialAction;
import dev.retort.schema.model.Reflector;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.SchemaColumn;
import dev.retort.schema.model.SchemaTable;
import dev.retort.schema.model.TableFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Snapshots of the scratch database through the catalog reflection autogenerate uses (a few
 * bulk queries), version tables left out: columns with type, nullability, default and
 * generation; keys, unique, check and foreign-key constraints with their actions; indexes.
 */
public final class SchemaSnapshots implements Verifier.Snapshots {
    private final ScratchSpace scratch;
    private final TableFilter filter;

    public SchemaSnapshots(ScratchSpace scratch, String versionTable) {
        this.scratch = scratch;
        this.filter = TableFilter.excludingVersionTables(List.of(), List.of(), versionTable);
    }

    @Override
    public Snapshot take() {
        try (Connection c = scratch.opener().open()) {
            return of(scratch.dialect().reflect(c, scratch.schema(), filter));
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot read the scratch database: " + e.getMessage(),
                    "check that the database is reachable", e);
        }
    }

    static Snapshot of(Schema schema) {
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        for (SchemaTable t : schema.tables()) {
            Set<String> lines = new LinkedHashSet<>();
            for (SchemaColumn c : t.columns()) {
                lines.add("column " + c.name() + " " + c.type() + (c.nullable() ? " NULL" : " NOT NULL")
                        + (c.defaultSql() == null ? "" : " DEFAULT " + c.defaultSql()) + (c.autoIncrement() ? " GENERATED" : ""));
            }
            if (t.primaryKey() != null) {
                lines.add("primary key" + name(t.primaryKey().name()) + " (" + String.join(", ", t.primaryKey().columns()) + ")");
            }
            for (Constraint.Unique u : t.uniques()) {
                lines.add("unique" + name(u.name()) + " (" + String.join(", ", u.columns()) + ")");
            }
            for (Constraint.Check k : t.checks()) {
                lines.add("check" + name(k.name()) + " (" + k.condition() + ")");
            }
            for (Constraint.ForeignKey f : t.foreignKeys()) {
                lines.add("foreign key" + name(f.name()) + " (" + String.join(", ", f.columns()) + ") references "
                        + f.referencedTable() + " (" + String.join(", ", f.referencedColumns()) + ")"
                        + action("on delete", f.onDelete()) + action("on update", f.onUpdate()));
            }
            for (Index i : t.indexes()) {
                lines.add((i.unique() ? "unique index" : "index") + name(i.name()) + " (" + String.join(", ", i.columns()) + ")"
                        + (i.where() == null ? "" : " where " + i.where()));
            }
            tables.put(t.name(), lines);
        }
        return new Snapshot(tables);
    }

    private static String name(String name) {
        return name == null ? "" : " " + name;
    }

    private static String action(String what, ReferentialAction a) {
        return a == null || a == ReferentialAction.NO_ACTION ? "" : " " + what + " " + a.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
