package dev.retort.schema.diff;

import dev.retort.dialect.registry.Dialects;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.SchemaTable;
import dev.retort.Constraint;
import dev.retort.dialect.SchemaRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names of constraints the diff creates or drops, where the database keeps none or made one up. */
final class ConstraintNames {
    private ConstraintNames() {}

    /**
     * The model's constraints without the names its scratch database made up (H2's CONSTRAINT_1A,
     * MySQL's t_ibfk_1): H2's are unique per schema and would clash with the target's own. The
     * target names them itself, or {@link #name} gives a name where one is needed.
     */
    static Schema withoutMadeUpNames(Schema s) {
        SchemaRules rules = Dialects.named(s.dialect()).schemaRules();
        java.util.function.Predicate<String> madeUp = n -> n != null && rules.madeUpName(n);
        List<SchemaTable> tables = new ArrayList<>();
        for (SchemaTable t : s.tables()) {
            Constraint.PrimaryKey pk = t.primaryKey() == null || !madeUp.test(t.primaryKey().name()) ? t.primaryKey()
                    : new Constraint.PrimaryKey(null, t.primaryKey().columns());
            tables.add(t.with(t.columns(), pk,
                    t.uniques().stream().map(u -> madeUp.test(u.name()) ? new Constraint.Unique(null, u.columns()) : u).toList(),
                    t.checks().stream().map(k -> madeUp.test(k.name()) ? new Constraint.Check(null, k.condition()) : k).toList(),
                    t.foreignKeys().stream().map(f -> madeUp.test(f.name()) ? new Constraint.ForeignKey(null, f.columns(),
                            f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate()) : f).toList(),
                    t.indexes()));
        }
        return new Schema(s.dialect(), tables, s.notes());
    }

    /** The constraint's name, or the one PostgreSQL would give it where the database keeps none. */
    static String name(Constraint k, SchemaTable t) {
        if (k.name() != null) {
            return k.name();
        }
        if (k instanceof Constraint.PrimaryKey) {
            return t.name() + "_pkey";
        } else if (k instanceof Constraint.Unique u) {
            return t.name() + "_" + String.join("_", u.columns()) + "_key";
        } else if (k instanceof Constraint.ForeignKey f) {
            return t.name() + "_" + String.join("_", f.columns()) + "_fkey";
        }
        return t.name() + "_check" + (t.checks().indexOf(k) + 1);
    }

    static Constraint named(Constraint k, SchemaTable t) {
        String n = name(k, t);
        if (Objects.equals(n, k.name())) {
            return k;
        }
        if (k instanceof Constraint.PrimaryKey p) {
            return new Constraint.PrimaryKey(n, p.columns());
        } else if (k instanceof Constraint.Unique u) {
            return new Constraint.Unique(n, u.columns());
        } else if (k instanceof Constraint.ForeignKey f) {
            return new Constraint.ForeignKey(n, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate());
        }
        return new Constraint.Check(n, ((Constraint.Check) k).condition());
    }
}
