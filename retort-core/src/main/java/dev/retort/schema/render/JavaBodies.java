package dev.retort.schema.render;

import dev.retort.Column;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.Operation;
import dev.retort.ReferentialAction;
import dev.retort.Table;
import dev.retort.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a generated Java revision's {@code upgrade(Ops op)}: one {@code op.} call per
 * operation, each destructive one after its {@code // REVIEW:} note. Every call carries what its
 * reverse needs, so the downgrade is derived. Names outside the template's imports are written
 * in full, so that a project's own template needs no extra imports.
 */
public final class JavaBodies {
    private static final String INDENT = "        ";
    private static final String MORE = "                ";

    private JavaBodies() {}

    public static String render(List<Operation> upgrade) {
        StringBuilder sb = new StringBuilder();
        for (Operation op : upgrade) {
            String note = Review.note(op);
            if (note != null) {
                sb.append(INDENT).append("// ").append(note).append('\n');
            }
            sb.append(INDENT).append(call(op)).append(";\n");
        }
        return sb.toString().stripTrailing();
    }

    public static String call(Operation op) {
        if (op instanceof Operation.CreateTable o) {
            return "op.createTable(" + lit(o.table().name()) + ", " + table(o.table()) + ")";
        } else if (op instanceof Operation.DropTable o) {
            return o.definition() == null ? "op.dropTable(" + lit(o.name()) + ")"
                    : "op.dropTable(" + lit(o.name()) + ", " + table(o.definition()) + ")";
        } else if (op instanceof Operation.RenameTable o) {
            return "op.renameTable(" + lit(o.from()) + ", " + lit(o.to()) + ")";
        } else if (op instanceof Operation.AddColumn o) {
            return "op.addColumn(" + lit(o.table()) + ", " + lit(o.column().name()) + ", " + type(o.column().type())
                    + ", " + options(o.column()) + ")";
        } else if (op instanceof Operation.DropColumn o) {
            return o.definition() == null ? "op.dropColumn(" + lit(o.table()) + ", " + lit(o.name()) + ")"
                    : "op.dropColumn(" + lit(o.table()) + ", " + lit(o.name()) + ", " + type(o.definition().type()) + ", "
                            + options(o.definition()) + ")";
        } else if (op instanceof Operation.AlterColumn o && o.renameOnly()) {
            return "op.renameColumn(" + lit(o.table()) + ", " + lit(o.column()) + ", " + lit(o.newName()) + ")";
        } else if (op instanceof Operation.AlterColumn o) {
            return "op.alterColumn(" + lit(o.table()) + ", " + lit(o.column()) + ", c -> c" + change(o) + ")";
        } else if (op instanceof Operation.CreateIndex o) {
            Index i = o.index();
            return "op.createIndex(" + lit(i.name()) + ", " + lit(i.table()) + ", " + list(i.columns()) + ", " + indexOptions(i) + ")";
        } else if (op instanceof Operation.DropIndex o) {
            Index i = o.definition();
            return i == null ? "op.dropIndex(" + lit(o.name()) + ", " + lit(o.table()) + ")"
                    : "op.dropIndex(" + lit(o.name()) + ", " + lit(o.table()) + ", " + list(i.columns()) + ", " + indexOptions(i) + ")";
        } else if (op instanceof Operation.AddConstraint o) {
            return addConstraint(o.table(), o.constraint());
        } else if (op instanceof Operation.DropConstraint o) {
            return o.definition() == null ? "op.dropConstraint(" + lit(o.name()) + ", " + lit(o.table()) + ")"
                    : "op.dropConstraint(" + lit(o.table()) + ", " + constraint(o.definition()) + ")";
        } else if (op instanceof Operation.Execute o) {
            return o.reverseSql() == null ? "op.execute(" + lit(o.sql()) + ")"
                    : "op.execute(" + lit(o.sql()) + ", " + lit(o.reverseSql()) + ")";
        }
        throw new IllegalArgumentException("autogenerate does not write " + op.describe());
    }

    private static String table(Table t) {
        StringBuilder sb = new StringBuilder("t -> t");
        for (Column c : t.columns()) {
            String opts = columnOptions(c);
            sb.append('\n').append(MORE).append(".column(").append(lit(c.name())).append(", ").append(type(c.type()))
                    .append(opts.isEmpty() ? "" : ", c -> c" + opts).append(')');
        }
        for (Constraint k : t.constraints()) {
            sb.append('\n').append(MORE);
            if (k instanceof Constraint.PrimaryKey p) {
                sb.append(".primaryKey(").append(lit(p.name())).append(", ").append(args(p.columns())).append(')');
            } else if (k instanceof Constraint.Unique u) {
                sb.append(".unique(").append(lit(u.name())).append(", ").append(args(u.columns())).append(')');
            } else if (k instanceof Constraint.Check c) {
                sb.append(".check(").append(lit(c.name())).append(", ").append(lit(c.condition())).append(')');
            } else {
                Constraint.ForeignKey f = (Constraint.ForeignKey) k;
                sb.append(".foreignKey(").append(lit(f.name())).append(", ").append(list(f.columns())).append(", ")
                        .append(lit(f.referencedTable())).append(", ").append(list(f.referencedColumns()))
                        .append(actions(f)).append(')');
            }
        }
        return sb.toString();
    }

    private static String options(Column c) {
        String opts = columnOptions(c);
        return "c -> c" + (opts.isEmpty() ? ".nullable()" : opts);
    }

    private static String columnOptions(Column c) {
        StringBuilder sb = new StringBuilder();
        if (c.primaryKey()) {
            sb.append(".primaryKey()");
        } else if (!c.nullable()) {
            sb.append(".notNull()");
        }
        if (c.autoIncrement()) {
            sb.append(".autoIncrement()");
        }
        if (c.defaultSql() != null) {
            sb.append(".defaultValue(").append(lit(c.defaultSql())).append(')');
        }
        if (c.unique()) {
            sb.append(".unique()");
        }
        return sb.toString();
    }

    private static String change(Operation.AlterColumn o) {
        StringBuilder sb = new StringBuilder();
        if (o.type() != null) {
            sb.append(".type(").append(type(o.type())).append(')');
        }
        if (o.existingType() != null) {
            sb.append(".existingType(").append(type(o.existingType())).append(')');
        }
        if (o.nullable() != null) {
            sb.append(o.nullable() ? ".nullable()" : ".notNull()");
        }
        if (o.existingNullable() != null) {
            sb.append(".existingNullable(").append(o.existingNullable()).append(')');
        }
        if (o.newDefault() != null) {
            sb.append(o.newDefault().sql() == null ? ".dropDefault()" : ".defaultValue(" + lit(o.newDefault().sql()) + ")");
        }
        if (o.existingDefault() != null) {
            sb.append(".existingDefault(").append(lit(o.existingDefault().sql())).append(')');
        }
        if (o.newName() != null) {
            sb.append(".rename(").append(lit(o.newName())).append(')');
        }
        return sb.toString();
    }

    private static String indexOptions(Index i) {
        StringBuilder sb = new StringBuilder("i -> i");
        if (i.unique()) {
            sb.append(".unique()");
        }
        if (i.where() != null) {
            sb.append(".where(").append(lit(i.where())).append(')');
        }
        if (i.concurrently()) {
            sb.append(".concurrently()");
        }
        return sb.toString().equals("i -> i") ? "i -> { }" : sb.toString();
    }

    private static String addConstraint(String table, Constraint k) {
        if (k instanceof Constraint.PrimaryKey p) {
            return "op.createPrimaryKey(" + lit(p.name()) + ", " + lit(table) + ", " + args(p.columns()) + ")";
        } else if (k instanceof Constraint.Unique u) {
            return "op.createUniqueConstraint(" + lit(u.name()) + ", " + lit(table) + ", " + args(u.columns()) + ")";
        } else if (k instanceof Constraint.Check c) {
            return "op.createCheckConstraint(" + lit(c.name()) + ", " + lit(table) + ", " + lit(c.condition()) + ")";
        }
        Constraint.ForeignKey f = (Constraint.ForeignKey) k;
        return "op.createForeignKey(" + lit(f.name()) + ", " + lit(table) + ", " + list(f.columns()) + ", "
                + lit(f.referencedTable()) + ", " + list(f.referencedColumns()) + actions(f) + ")";
    }

    private static String constraint(Constraint k) {
        String c = "dev.retort.Constraint.";
        if (k instanceof Constraint.PrimaryKey p) {
            return c + "primaryKey(" + lit(p.name()) + ", " + args(p.columns()) + ")";
        } else if (k instanceof Constraint.Unique u) {
            return c + "unique(" + lit(u.name()) + ", " + args(u.columns()) + ")";
        } else if (k instanceof Constraint.Check ck) {
            return c + "check(" + lit(ck.name()) + ", " + lit(ck.condition()) + ")";
        }
        Constraint.ForeignKey f = (Constraint.ForeignKey) k;
        return c + "foreignKey(" + lit(f.name()) + ", " + list(f.columns()) + ", " + lit(f.referencedTable()) + ", "
                + list(f.referencedColumns()) + ", " + action(f.onDelete()) + ", " + action(f.onUpdate()) + ")";
    }

    private static String actions(Constraint.ForeignKey f) {
        if (f.onDelete() == null && f.onUpdate() == null) {
            return "";
        }
        return ", fk -> fk" + (f.onDelete() == null ? "" : ".onDelete(" + action(f.onDelete()) + ")")
                + (f.onUpdate() == null ? "" : ".onUpdate(" + action(f.onUpdate()) + ")");
    }

    private static String action(ReferentialAction a) {
        return a == null ? "null" : "dev.retort.ReferentialAction." + a.name();
    }

    /** Constants of the Migration interface where there is one, Type's factories otherwise. */
    static String type(Type t) {
        return switch (t.kind()) {
            case VARCHAR -> "dev.retort.Type.varchar(" + t.length() + ")";
            case NUMERIC -> "dev.retort.Type.numeric(" + t.precision() + ", " + t.scale() + ")";
            case RAW -> "dev.retort.Type.raw(" + lit(t.raw()) + ")";
            default -> t.kind().name();
        };
    }

    private static String list(List<String> values) {
        return "java.util.List.of(" + args(values) + ")";
    }

    private static String args(List<String> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(lit(v)));
        return String.join(", ", out);
    }

    static String lit(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
