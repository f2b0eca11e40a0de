package dev.retort.lint.python;

import dev.retort.lint.sql.SqlDefinitions;
import dev.retort.lint.python.PyExpr.Attr;
import dev.retort.lint.python.PyExpr.Call;
import dev.retort.lint.python.PyExpr.Name;
import dev.retort.lint.python.PyExpr.Num;
import dev.retort.lint.python.PyExpr.Str;
import dev.retort.Column;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.ReferentialAction;
import dev.retort.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQLAlchemy objects as Alembic revisions write them ({@code sa.Column}, {@code sa.String(50)},
 * {@code sa.ForeignKeyConstraint}, ...) read into the common change model. Only the server-side
 * facts count: {@code default=} is applied by Python to new rows and fills no existing row, so a
 * column needs {@code server_default=} to be added NOT NULL to a table with rows.
 */
public final class SaObjects {
    private final PyValues values;

    public SaObjects(PyValues values) {
        this.values = values;
    }

    /** {@code sa.Column(name, type, *foreign_keys, nullable=, server_default=, primary_key=, ...)}. */
    public Column column(PyExpr e) {
        if (!(e instanceof Call c) || !c.name().equals("Column")) {
            throw new PyValues.Dynamic("the column is not written as sa.Column(...) (" + values.text(e) + ")", e);
        }
        PyArgs args = PyArgs.bind(c, "name");
        String name = values.name(args.required("name", c), "column");
        Type type = Type.TEXT;
        Constraint.ForeignKey references = null;
        boolean identity = false;
        boolean computed = false;
        for (PyExpr x : args.rest()) {
            String kind = x instanceof Call k ? k.name() : "";
            if (kind.equals("ForeignKey")) {
                references = foreignKey((Call) x, name);
            } else if (kind.equals("Identity") || kind.equals("Sequence")) {
                identity = true;
            } else if (kind.equals("Computed")) {
                computed = true;
            } else if (!kind.equals("CheckConstraint")) {
                type = type(x);
            }
        }
        if (args.has("type_")) {
            type = type(args.get("type_"));
        }
        boolean primaryKey = values.isTrue(args.get("primary_key"), "primary_key");
        Boolean nullable = values.bool(args.get("nullable"), "nullable");
        String serverDefault = args.has("server_default") ? serverDefault(args.get("server_default")) : null;
        if (computed) {
            serverDefault = serverDefault == null ? "GENERATED" : serverDefault; // a generated column fills every row itself
        }
        Boolean autoincrement = values.bool(args.get("autoincrement") instanceof Str ? null : args.get("autoincrement"), "autoincrement");
        boolean auto = identity || (Boolean.TRUE.equals(autoincrement) && primaryKey);
        return new Column(name, type, nullable == null ? !primaryKey : nullable, serverDefault, primaryKey,
                values.isTrue(args.get("unique"), "unique"), auto, references);
    }

    /** {@code sa.ForeignKey("users.id", ondelete=...)} on column {@code column}. */
    private Constraint.ForeignKey foreignKey(Call c, String column) {
        PyArgs args = PyArgs.bind(c, "column");
        String target = values.name(args.required("column", c), "referenced column");
        return new Constraint.ForeignKey(values.optionalName(args.get("name"), "constraint"), List.of(column), table(target, c),
                List.of(target.substring(target.lastIndexOf('.') + 1)), action(args.get("ondelete")), action(args.get("onupdate")));
    }

    /** The table of a "table.column" (or "schema.table.column") reference. */
    private static String table(String reference, PyExpr at) {
        int dot = reference.lastIndexOf('.');
        if (dot <= 0) {
            throw new PyValues.Dynamic("the reference '" + reference + "' names no table", at);
        }
        String table = reference.substring(0, dot);
        return table.substring(table.lastIndexOf('.') + 1);
    }

    private ReferentialAction action(PyExpr e) {
        String s = e == null ? null : values.optionalName(e, "referential action");
        if (s == null) {
            return null;
        }
        for (ReferentialAction a : ReferentialAction.values()) {
            if (a.sql().equalsIgnoreCase(s.strip())) {
                return a;
            }
        }
        return null;
    }

    /**
     * A table-level element of {@code op.create_table}: a constraint, an index ({@link Index}),
     * or null for what the change model does not describe (comments, sequences).
     */
    public Object tableElement(PyExpr e, String table) {
        if (!(e instanceof Call c)) {
            throw new PyValues.Dynamic("a create_table element is computed (" + values.text(e) + ")", e);
        }
        switch (c.name()) {
            case "PrimaryKeyConstraint", "UniqueConstraint" -> {
                PyArgs args = PyArgs.bind(c);
                List<String> columns = new ArrayList<>();
                for (PyExpr x : args.rest()) {
                    columns.add(values.name(x, "column"));
                }
                String name = values.optionalName(args.get("name"), "constraint");
                return c.name().startsWith("Primary") ? new Constraint.PrimaryKey(name, columns) : new Constraint.Unique(name, columns);
            }
            case "ForeignKeyConstraint" -> {
                PyArgs args = PyArgs.bind(c, "columns", "refcolumns");
                List<String> columns = values.names(args.required("columns", c), "column");
                List<String> refs = values.names(args.required("refcolumns", c), "referenced column");
                return new Constraint.ForeignKey(values.optionalName(args.get("name"), "constraint"), columns,
                        table(refs.get(0), c), refs.stream().map(r -> r.substring(r.lastIndexOf('.') + 1)).toList(),
                        action(args.get("ondelete")), action(args.get("onupdate")));
            }
            case "CheckConstraint" -> {
                PyArgs args = PyArgs.bind(c, "sqltext");
                PyExpr condition = args.required("sqltext", c);
                String sql = values.sql(condition);
                return new Constraint.Check(values.optionalName(args.get("name"), "constraint"), sql != null ? sql : values.text(condition));
            }
            case "Index" -> {
                PyArgs args = PyArgs.bind(c, "name");
                List<String> columns = new ArrayList<>();
                for (PyExpr x : args.rest()) {
                    String sql = values.sql(x);
                    columns.add(sql != null && !(x instanceof Str) ? sql : values.name(x, "column"));
                }
                String name = values.optionalName(args.get("name"), "index");
                return new Index(name != null ? name : SqlDefinitions.name(null, table, columns, "idx"), table, columns,
                        values.isTrue(args.get("unique"), "unique"), null, false);
            }
            default -> {
                return null;
            }
        }
    }

    /** A server default as SQL: a string is a quoted literal, {@code sa.text(...)} is SQL as written. */
    public String serverDefault(PyExpr e) {
        if (e == null || PyValues.isNone(e)) {
            return null;
        }
        if (e instanceof Str s && !s.dynamic()) {
            return "'" + s.value().replace("'", "''") + "'";
        }
        String sql = values.sql(e);
        if (sql != null) {
            return sql;
        }
        if (e instanceof Call c && c.callee() instanceof Attr a && a.target() instanceof Attr f && f.name().equals("func")) {
            return values.text(e).substring(values.text(c.callee()).length() - a.name().length()); // sa.func.now() -> now()
        }
        if (e instanceof Call c && c.args().isEmpty() && (c.name().equals("true") || c.name().equals("false"))) {
            return c.name();
        }
        return values.text(e);
    }

    /** A SQLAlchemy type ({@code sa.Integer}, {@code sa.String(50)}, {@code postgresql.UUID()}) as a portable type. */
    public Type type(PyExpr e) {
        String name = e instanceof Call c ? c.name() : e instanceof Attr a ? a.name() : e instanceof Name n ? n.name() : "";
        PyArgs args = e instanceof Call c ? PyArgs.bind(c, "a", "b") : new PyArgs(java.util.Map.of(), List.of());
        String raw = raw(name, args);
        switch (name.toUpperCase(Locale.ROOT)) {
            case "INTEGER", "INT" -> {
                return Type.INTEGER;
            }
            case "BIGINTEGER", "BIGINT" -> {
                return Type.BIGINT;
            }
            case "SMALLINTEGER", "SMALLINT" -> {
                return Type.SMALLINT;
            }
            case "BOOLEAN", "BOOL" -> {
                return Type.BOOLEAN;
            }
            case "STRING", "VARCHAR", "UNICODE", "NVARCHAR" -> {
                Integer length = number(args.has("length") ? args.get("length") : args.get("a"));
                return length == null ? Type.TEXT : length > 0 ? Type.varchar(length) : Type.raw(raw);
            }
            case "TEXT", "UNICODETEXT", "CLOB" -> {
                return Type.TEXT;
            }
            case "FLOAT", "DOUBLE", "DOUBLE_PRECISION" -> {
                return Type.DOUBLE;
            }
            case "REAL" -> {
                return Type.REAL;
            }
            case "NUMERIC", "DECIMAL" -> {
                Integer p = number(args.has("precision") ? args.get("precision") : args.get("a"));
                Integer s = number(args.has("scale") ? args.get("scale") : args.get("b"));
                return p != null && p > 0 && (s == null || s <= p) ? Type.numeric(p, s == null ? 0 : s) : Type.raw(raw);
            }
            case "DATE" -> {
                return Type.DATE;
            }
            case "DATETIME", "TIMESTAMP" -> {
                PyExpr tz = args.has("timezone") ? args.get("timezone") : args.get("a");
                return tz instanceof Name n && n.name().equals("True") ? Type.TIMESTAMPTZ : Type.TIMESTAMP;
            }
            case "TIME" -> {
                return Type.TIME;
            }
            case "LARGEBINARY", "BLOB", "BYTEA", "BINARY" -> {
                return Type.BLOB;
            }
            case "JSON" -> {
                return Type.JSON;
            }
            case "UUID", "UUIDTYPE" -> {
                return Type.UUID;
            }
            default -> {
                return Type.raw(raw.isBlank() ? "?" : raw);
            }
        }
    }

    /** A type lint has no portable name for, as SQL would name it: JSONB, ENUM('a', 'b'), ARRAY(...). */
    private String raw(String name, PyArgs args) {
        List<String> positional = new ArrayList<>();
        for (String p : List.of("a", "b")) {
            if (args.get(p) != null) {
                positional.add(values.text(args.get(p)));
            }
        }
        args.rest().forEach(x -> positional.add(values.text(x)));
        return name.toUpperCase(Locale.ROOT) + (positional.isEmpty() ? "" : "(" + String.join(", ", positional) + ")");
    }

    private static Integer number(PyExpr e) {
        if (e instanceof Num n) {
            try {
                return Integer.parseInt(n.text());
            } catch (NumberFormatException x) {
                return null;
            }
        }
        return null;
    }
}
