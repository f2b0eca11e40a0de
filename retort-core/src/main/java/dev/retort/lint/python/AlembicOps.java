package dev.retort.lint.python;

import dev.retort.lint.sql.SqlClassifier;
import dev.retort.lint.sql.SqlDefinitions;
import dev.retort.lint.Step;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.lint.python.PyExpr.Call;
import dev.retort.Column;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.Operation;
import dev.retort.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Alembic's {@code op.*} calls (and a batch's {@code batch_op.*}) translated into the operations
 * SQL and Java revisions produce, so that the same rules judge them. {@code op.execute} is
 * classified like a SQL revision's statements. Parameter names follow Alembic 1.8's signatures.
 */
public final class AlembicOps {
    /** Calls that change nothing lint looks at (helpers, comments, the connection). */
    private static final Set<String> QUIET = Set.of("f", "inline_literal", "get_bind", "get_context", "create_table_comment",
            "drop_table_comment", "implementation_for", "register_operation");

    private final PyValues values;
    private final SaObjects sa;
    private final SqlSyntax syntax;
    private final SqlClassifier classifier;
    private final String file;

    public AlembicOps(PyValues values, SqlSyntax syntax, String file) {
        this.values = values;
        this.sa = new SaObjects(values);
        this.syntax = syntax;
        this.classifier = new SqlClassifier(syntax);
        this.file = file;
    }

    public static boolean quiet(String method) {
        return QUIET.contains(method);
    }

    /**
     * The steps of {@code op.method(...)}, or of {@code batch_op.method(...)} when {@code batch}
     * names the batch's table. Throws {@link PyValues.Dynamic} for what lint cannot know.
     */
    public List<Step> call(String method, Call c, String batch, boolean autocommit) {
        int line = c.at().line();
        List<Step> out = new ArrayList<>();
        boolean b = batch != null;
        switch (method) {
            case "create_table" -> {
                PyArgs a = PyArgs.bind(c, "table_name");
                String table = values.name(a.required("table_name", c), "table");
                createTable(table, a.rest(), line, out);
            }
            case "drop_table" -> out.add(Step.of(new Operation.DropTable(name(PyArgs.bind(c, "table_name"), "table_name", c, "table"), null), line));
            case "rename_table" -> {
                PyArgs a = PyArgs.bind(c, "old_table_name", "new_table_name");
                out.add(Step.of(new Operation.RenameTable(name(a, "old_table_name", c, "table"), name(a, "new_table_name", c, "table")), line));
            }
            case "add_column" -> {
                PyArgs a = b ? PyArgs.bind(c, "column") : PyArgs.bind(c, "table_name", "column");
                Column column = sa.column(a.required("column", c));
                out.add(Step.of(new Operation.AddColumn(b ? batch : name(a, "table_name", c, "table"), column), line));
            }
            case "drop_column" -> {
                PyArgs a = b ? PyArgs.bind(c, "column_name") : PyArgs.bind(c, "table_name", "column_name");
                out.add(Step.of(new Operation.DropColumn(b ? batch : name(a, "table_name", c, "table"),
                        name(a, "column_name", c, "column"), null), line));
            }
            case "alter_column" -> {
                PyArgs a = b ? PyArgs.bind(c, "column_name") : PyArgs.bind(c, "table_name", "column_name");
                Operation op = alterColumn(b ? batch : name(a, "table_name", c, "table"), name(a, "column_name", c, "column"), a);
                if (op != null) {
                    out.add(Step.of(op, line));
                }
            }
            case "create_index" -> {
                PyArgs a = b ? PyArgs.bind(c, "index_name", "columns") : PyArgs.bind(c, "index_name", "table_name", "columns");
                String table = b ? batch : name(a, "table_name", c, "table");
                List<String> columns = values.indexColumns(a.required("columns", c));
                String indexName = values.optionalName(a.get("index_name"), "index");
                String where = a.has("postgresql_where") ? whereSql(a.get("postgresql_where"))
                        : a.has("sqlite_where") ? whereSql(a.get("sqlite_where")) : null;
                boolean concurrently = values.isTrue(a.get("postgresql_concurrently"), "postgresql_concurrently");
                Index index = new Index(indexName != null ? indexName : SqlDefinitions.name(null, table, columns, "idx"), table, columns,
                        values.isTrue(a.get("unique"), "unique"), where, concurrently);
                out.add(new Step(new Operation.CreateIndex(index), line, flags(concurrently, autocommit), null));
            }
            case "drop_index" -> {
                PyArgs a = b ? PyArgs.bind(c, "index_name") : PyArgs.bind(c, "index_name", "table_name");
                String table = b ? batch : values.optionalName(a.get("table_name"), "table");
                boolean concurrently = values.isTrue(a.get("postgresql_concurrently"), "postgresql_concurrently");
                out.add(new Step(new Operation.DropIndex(table == null ? "?" : table, name(a, "index_name", c, "index"), null), line,
                        flags(concurrently, autocommit), null));
            }
            case "create_foreign_key" -> {
                PyArgs a = b ? PyArgs.bind(c, "constraint_name", "referent_table", "local_cols", "remote_cols")
                        : PyArgs.bind(c, "constraint_name", "source_table", "referent_table", "local_cols", "remote_cols");
                String table = b ? batch : name(a, "source_table", c, "table");
                List<String> local = values.names(a.required("local_cols", c), "column");
                Constraint.ForeignKey fk = new Constraint.ForeignKey(constraintName(a, table, local, "fkey"), local,
                        name(a, "referent_table", c, "table"), values.names(a.required("remote_cols", c), "column"), null, null);
                boolean notValid = values.isTrue(a.get("postgresql_not_valid"), "postgresql_not_valid");
                out.add(new Step(new Operation.AddConstraint(table, fk), line,
                        notValid ? EnumSet.of(Step.Flag.NOT_VALID) : Set.of(), null));
            }
            case "create_unique_constraint", "create_primary_key" -> {
                PyArgs a = b ? PyArgs.bind(c, "constraint_name", "columns") : PyArgs.bind(c, "constraint_name", "table_name", "columns");
                String table = b ? batch : name(a, "table_name", c, "table");
                List<String> columns = values.names(a.required("columns", c), "column");
                boolean unique = method.equals("create_unique_constraint");
                String cname = constraintName(a, table, columns, unique ? "key" : "pkey");
                out.add(Step.of(new Operation.AddConstraint(table, unique ? new Constraint.Unique(cname, columns)
                        : new Constraint.PrimaryKey(cname, columns)), line));
            }
            case "create_check_constraint" -> {
                PyArgs a = b ? PyArgs.bind(c, "constraint_name", "condition") : PyArgs.bind(c, "constraint_name", "table_name", "condition");
                String table = b ? batch : name(a, "table_name", c, "table");
                PyExpr condition = a.required("condition", c);
                String sql = values.sql(condition);
                String cname = values.optionalName(a.get("constraint_name"), "constraint");
                boolean notValid = values.isTrue(a.get("postgresql_not_valid"), "postgresql_not_valid");
                out.add(new Step(new Operation.AddConstraint(table, new Constraint.Check(cname == null ? table + "_check" : cname,
                        sql != null ? sql : values.text(condition))), line, notValid ? EnumSet.of(Step.Flag.NOT_VALID) : Set.of(), null));
            }
            case "drop_constraint" -> {
                PyArgs a = b ? PyArgs.bind(c, "constraint_name") : PyArgs.bind(c, "constraint_name", "table_name");
                out.add(Step.of(new Operation.DropConstraint(b ? batch : name(a, "table_name", c, "table"),
                        name(a, "constraint_name", c, "constraint"), null), line));
            }
            case "create_exclude_constraint" -> {
                PyArgs a = PyArgs.bind(c, "constraint_name", "table_name");
                String table = b ? batch : name(a, "table_name", c, "table");
                out.add(new Step(new Operation.Execute(values.text(c), null), line, Set.of(Step.Flag.LOCKS_TABLE), table));
            }
            case "execute" -> execute(PyArgs.bind(c, "sqltext").required("sqltext", c), c, autocommit, out);
            case "bulk_insert" -> out.add(Step.of(new Operation.Execute(values.text(c), null), line)); // data, not schema
            default -> {
                if (!QUIET.contains(method)) {
                    throw new PyValues.Dynamic((b ? "batch_op." : "op.") + method + "() is no operation lint knows", c);
                }
            }
        }
        return out;
    }

    /** {@code op.execute(...)} and a connection's {@code execute(...)}: SQL text is classified as in a SQL revision. */
    public void execute(PyExpr arg, Call c, boolean autocommit, List<Step> out) {
        int line = c.at().line();
        String sql = values.sql(arg);
        if (sql == null) {
            if (dml(arg)) {
                out.add(Step.of(new Operation.Execute(values.text(arg), null), line)); // users.update().values(...): data
                return;
            }
            throw new PyValues.Dynamic("execute() is given " + values.text(arg) + ", whose SQL is only known when it runs", arg);
        }
        for (SqlStatement s : SqlSplitter.split(sql, syntax, file + ":" + line, line)) {
            for (Step step : classifier.classify(new SqlStatement(s.sql(), line))) {
                out.add(autocommit ? new Step(step.op(), step.line(), with(step.flags(), Step.Flag.AUTOCOMMIT), step.table()) : step);
            }
        }
    }

    /** A SQLAlchemy data statement built in Python: {@code table.update()...}, {@code sa.select(t)...}. */
    private static boolean dml(PyExpr e) {
        while (e instanceof Call c) {
            String n = c.name();
            if (n.equals("update") || n.equals("insert") || n.equals("delete") || n.equals("select")) {
                return true;
            }
            e = c.callee() instanceof PyExpr.Attr a ? a.target() : null;
        }
        return false;
    }

    private void createTable(String table, List<PyExpr> elements, int line, List<Step> out) {
        List<Column> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (PyExpr e : elements) {
            if (e instanceof Call c && c.name().equals("Column")) {
                columns.add(sa.column(e));
                continue;
            }
            Object element = sa.tableElement(e, table);
            if (element instanceof Constraint k) {
                constraints.add(k);
            } else if (element instanceof Index i) {
                indexes.add(i);
            }
        }
        if (columns.isEmpty()) {
            out.add(new Step(new Operation.Execute("CREATE TABLE " + table, null), line, Set.of(Step.Flag.CREATES_TABLE), table));
            return;
        }
        out.add(Step.of(new Operation.CreateTable(new Table(table, columns, constraints)), line));
        indexes.forEach(i -> out.add(Step.of(new Operation.CreateIndex(i), line)));
    }

    /** {@code alter_column}'s keywords; null when it changes nothing the model describes (a comment). */
    private Operation alterColumn(String table, String column, PyArgs a) {
        Operation.Default newDefault = a.has("server_default") && !isFalse(a.get("server_default"))
                ? new Operation.Default(sa.serverDefault(a.get("server_default"))) : null;
        Operation.Default existingDefault = a.has("existing_server_default") && !isFalse(a.get("existing_server_default"))
                ? new Operation.Default(sa.serverDefault(a.get("existing_server_default"))) : null;
        Boolean nullable = values.bool(a.get("nullable"), "nullable");
        String newName = values.optionalName(a.get("new_column_name"), "column");
        var type = a.get("type_") == null || PyValues.isNone(a.get("type_")) ? null : sa.type(a.get("type_"));
        var existingType = a.get("existing_type") == null || PyValues.isNone(a.get("existing_type")) ? null : sa.type(a.get("existing_type"));
        if (type == null && nullable == null && newDefault == null && newName == null) {
            return null;
        }
        return new Operation.AlterColumn(table, column, type, existingType, nullable, values.bool(a.get("existing_nullable"),
                "existing_nullable"), newDefault, existingDefault, newName);
    }

    private static boolean isFalse(PyExpr e) {
        return e instanceof PyExpr.Name n && n.name().equals("False");
    }

    private String whereSql(PyExpr e) {
        String sql = values.sql(e);
        return sql != null ? sql : values.text(e);
    }

    private String name(PyArgs a, String param, Call c, String what) {
        return values.name(a.required(param, c), what);
    }

    private String constraintName(PyArgs a, String table, List<String> columns, String suffix) {
        String n = values.optionalName(a.get("constraint_name"), "constraint");
        return n != null ? n : SqlDefinitions.name(null, table, columns, suffix);
    }

    private static Set<Step.Flag> flags(boolean concurrently, boolean autocommit) {
        Set<Step.Flag> f = EnumSet.noneOf(Step.Flag.class);
        if (concurrently) {
            f.add(Step.Flag.CONCURRENTLY);
        }
        if (autocommit) {
            f.add(Step.Flag.AUTOCOMMIT);
        }
        return f;
    }

    private static Set<Step.Flag> with(Set<Step.Flag> flags, Step.Flag extra) {
        Set<Step.Flag> f = EnumSet.of(extra);
        f.addAll(flags);
        return f;
    }
}
