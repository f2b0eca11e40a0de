package dev.retort.schema.render;

import dev.retort.Operation;
import dev.retort.Type;
import java.util.List;

/**
 * The {@code REVIEW:} note a generated revision puts before an operation that destroys data,
 * may fail on existing rows, or is a guess (a rename); null for the others.
 */
public final class Review {
    private Review() {}

    public static String note(Operation op) {
        if (op instanceof Operation.DropTable o) {
            return "REVIEW: drops table " + o.name() + " and every row in it";
        } else if (op instanceof Operation.DropColumn o) {
            return "REVIEW: drops column " + o.table() + "." + o.name() + " and its data";
        } else if (op instanceof Operation.RenameTable o) {
            return "REVIEW: table " + o.from() + " is gone and " + o.to() + " has the same columns, so this is written as a rename;"
                    + " if they are different tables, replace it with dropTable and createTable";
        } else if (op instanceof Operation.AlterColumn o) {
            StringBuilder sb = new StringBuilder();
            if (o.newName() != null) {
                sb.append("column ").append(o.table()).append('.').append(o.column()).append(" is gone and ").append(o.newName())
                        .append(" has the same type, so this is written as a rename, which keeps the data;"
                                + " if they are different columns, replace it with dropColumn and addColumn");
            }
            if (o.type() != null && !widens(o.existingType(), o.type())) {
                sb.append(sb.length() == 0 ? "" : "; ").append("changes the type of ").append(o.table()).append('.')
                        .append(o.column()).append(o.existingType() == null ? "" : " from " + o.existingType())
                        .append(" to ").append(o.type()).append(": values are converted, which may fail or lose data");
            }
            if (Boolean.FALSE.equals(o.nullable())) {
                sb.append(sb.length() == 0 ? "" : "; ").append("makes ").append(o.table()).append('.').append(o.column())
                        .append(" NOT NULL: fails while a row holds NULL there");
            }
            return sb.length() == 0 ? null : "REVIEW: " + sb;
        } else if (op instanceof Operation.DropIndex o) {
            return "REVIEW: drops index " + o.name() + " on " + o.table();
        } else if (op instanceof Operation.DropConstraint o) {
            return "REVIEW: drops " + (o.definition() == null ? "constraint" : o.definition().kind()) + " " + o.name()
                    + " on " + o.table();
        } else if (op instanceof Operation.AddColumn o && !o.column().nullable() && o.column().defaultSql() == null
                && !o.column().autoIncrement()) {
            return "REVIEW: adds NOT NULL column " + o.table() + "." + o.column().name()
                    + " without a default: fails if the table has rows";
        }
        return null;
    }

    /** Whether every value of {@code from} fits {@code to} unchanged (a wider varchar, numeric or integer). */
    static boolean widens(Type from, Type to) {
        if (from == null) {
            return false;
        }
        List<Type.Kind> integers = List.of(Type.Kind.SMALLINT, Type.Kind.INTEGER, Type.Kind.BIGINT);
        if (integers.contains(from.kind()) && integers.contains(to.kind())) {
            return integers.indexOf(to.kind()) >= integers.indexOf(from.kind());
        }
        if (from.kind() == Type.Kind.VARCHAR) {
            return to.kind() == Type.Kind.TEXT || (to.kind() == Type.Kind.VARCHAR && to.length() >= from.length());
        }
        if (from.kind() == Type.Kind.NUMERIC && to.kind() == Type.Kind.NUMERIC) {
            return to.scale() >= from.scale() && to.precision() - to.scale() >= from.precision() - from.scale();
        }
        return from.kind() == Type.Kind.REAL && to.kind() == Type.Kind.DOUBLE;
    }
}
