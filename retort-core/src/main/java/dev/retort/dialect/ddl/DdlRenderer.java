// Over 300 lines: the shared renderer holds every operation once; databases override only what differs.
package dev.retort.dialect.ddl;

import dev.retort.RetortException;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.Column;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.Operation;
import dev.retort.Table;
import dev.retort.Type;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns {@link Operation}s into SQL for one database. The base writes standard SQL; each
 * database's subclass overrides the few places where it differs. Every identifier is quoted;
 * values are bound as parameters when executed and written as escaped literals only offline.
 */
public abstract class DdlRenderer {

    /** postgresql, mysql, sqlite or h2. */
    public abstract String dialect();

    /** How this database's SQL is lexed (the renderer sits below {@code Dialect}, which gives the same answer). */
    public abstract SqlSyntax syntax();

    /** The database's column type for a portable type. */
    public abstract String type(Type type);

    /**
     * The steps that perform {@code op} on {@code connection}. The connection is only read
     * (catalog lookups for operations that need the current definition: SQLite rebuilds, MySQL
     * column changes); it may be null, and then such operations fail with a hint.
     */
    public List<Step> render(Operation op, Connection connection) {
        try {
            return dispatch(op, connection);
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot read the current definition for "
                    + op.describe() + ": " + e.getMessage(), "check that the table exists and the user may read the catalog", e);
        }
    }

    /** The SQL of {@code op} for an offline script: no connection, values written as literals. */
    public List<String> renderOffline(Operation op) {
        if (op instanceof Operation.BulkInsert b) {
            return insertLiterals(b);
        }
        return render(op, null).stream().map(Step::sql).toList();
    }

    private List<Step> dispatch(Operation op, Connection c) throws SQLException {
        if (op instanceof Operation.CreateTable o) {
            return steps(createTable(o.table()));
        } else if (op instanceof Operation.DropTable o) {
            return steps("DROP TABLE " + quote(o.name()));
        } else if (op instanceof Operation.RenameTable o) {
            return steps(renameTable(o.from(), o.to()));
        } else if (op instanceof Operation.AddColumn o) {
            return addColumn(o.table(), o.column(), c);
        } else if (op instanceof Operation.DropColumn o) {
            return steps("ALTER TABLE " + quote(o.table()) + " DROP COLUMN " + quote(o.name()));
        } else if (op instanceof Operation.AlterColumn o) {
            return alterColumn(o, c);
        } else if (op instanceof Operation.CreateIndex o) {
            return steps(createIndex(o.index()));
        } else if (op instanceof Operation.DropIndex o) {
            return steps(dropIndex(o));
        } else if (op instanceof Operation.AddConstraint o) {
            return addConstraint(o.table(), o.constraint(), c);
        } else if (op instanceof Operation.DropConstraint o) {
            return dropConstraint(o, c);
        } else if (op instanceof Operation.Execute o) {
            // execute(sql, "") is an intentionally empty reverse: nothing to send (MariaDB refuses
            // an empty query); comment-only text likewise
            boolean nothing = SqlSplitter.split(o.sql(), syntax()).isEmpty();
            return nothing ? List.of() : steps(o.sql());
        } else if (op instanceof Operation.BulkInsert o) {
            return insertBound(o);
        }
        throw new IllegalStateException("unhandled operation " + op);
    }

    // ---- identifiers, types, values

    /** Quotes an identifier, always; an embedded quote character is doubled. */
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    protected String quoteAll(List<String> identifiers) {
        return identifiers.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    /** A value as an SQL literal, for offline scripts only. */
    public String literal(Object value) {
        return Literals.standard(value, this);
    }

    /** A string literal: quotes doubled (MySQL also doubles backslashes). */
    public String stringLiteral(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A boolean literal. */
    protected String booleanLiteral(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    /** A byte string literal of {@code hex} digits. */
    protected String bytesLiteral(String hex) {
        return "X'" + hex + "'";
    }

    /** A literal of a date/time type: {@code keyword} (DATE, TIME, TIMESTAMP...) and the value's text. */
    protected String typedLiteral(String keyword, String text) {
        return keyword + " " + stringLiteral(text);
    }

    /** A point in time with an offset (OffsetDateTime, Instant, ZonedDateTime). */
    protected String offsetLiteral(OffsetDateTime t) {
        return Literals.offsetLiteral(this, t);
    }

    /** A point in time as a local timestamp in UTC, for {@link #offsetLiteral} where literals have no zone. */
    protected final String utcLiteral(OffsetDateTime t) {
        return Literals.utcLiteral(this, t);
    }

    /** Converts a value to what this database's driver binds best; most take values as they are. */
    protected Object bindValue(Object value) {
        return Literals.bindable(value);
    }

    // ---- tables and columns

    protected List<String> createTable(Table table) {
        List<String> items = new ArrayList<>();
        List<String> pk = table.primaryKeyColumns();
        boolean inlinePk = pk.size() == 1 && table.columns().stream().anyMatch(Column::primaryKey);
        for (Column c : table.columns()) {
            items.add(columnDefinition(c, inlinePk && c.primaryKey()));
        }
        if (!inlinePk && !pk.isEmpty() && table.constraints().stream().noneMatch(k -> k instanceof Constraint.PrimaryKey)) {
            items.add("PRIMARY KEY (" + quoteAll(pk) + ")");
        }
        for (Column c : table.columns()) {
            if (c.references() != null) {
                items.add(constraint(c.references()));
            }
        }
        for (Constraint k : table.constraints()) {
            items.add(constraint(k));
        }
        return List.of("CREATE TABLE " + quote(table.name()) + " (\n    " + String.join(",\n    ", items) + "\n)"
                + tableOptions());
    }

    /** Text after CREATE TABLE's closing parenthesis. */
    protected String tableOptions() {
        return "";
    }

    /** {@code "name" TYPE [identity] [NOT NULL] [DEFAULT x] [PRIMARY KEY] [UNIQUE]}. */
    protected String columnDefinition(Column c, boolean primaryKey) {
        StringBuilder sb = new StringBuilder(quote(c.name())).append(' ').append(type(c.type()));
        if (c.autoIncrement()) {
            sb.append(' ').append(autoIncrement(c));
        }
        sb.append(nullability(c));
        if (c.defaultSql() != null) {
            sb.append(" DEFAULT ").append(c.defaultSql());
        }
        if (primaryKey) {
            sb.append(" PRIMARY KEY");
        }
        if (c.unique()) {
            sb.append(" UNIQUE");
        }
        return sb.toString();
    }

    protected String nullability(Column c) {
        return c.nullable() ? "" : " NOT NULL";
    }

    /** The clause that makes a column generate its values. */
    protected String autoIncrement(Column c) {
        return "GENERATED BY DEFAULT AS IDENTITY";
    }

    protected List<String> renameTable(String from, String to) {
        return List.of("ALTER TABLE " + quote(from) + " RENAME TO " + quote(to));
    }

    protected List<Step> addColumn(String table, Column column, Connection c) throws SQLException {
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TABLE " + quote(table) + " ADD COLUMN " + columnDefinition(column, column.primaryKey()));
        if (column.references() != null) {
            sql.add("ALTER TABLE " + quote(table) + " ADD " + constraint(column.references()));
        }
        return steps(sql);
    }

    /** Standard SQL (PostgreSQL, H2): one ALTER per changed aspect, the rename last. */
    protected List<Step> alterColumn(Operation.AlterColumn o, Connection c) throws SQLException {
        String alter = "ALTER TABLE " + quote(o.table()) + " ALTER COLUMN " + quote(o.column());
        List<String> sql = new ArrayList<>();
        if (o.type() != null) {
            sql.add(alter + " " + setType(o.type()));
        }
        if (o.nullable() != null) {
            sql.add(alter + (o.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (o.newDefault() != null) {
            sql.add(alter + (o.newDefault().sql() == null ? " DROP DEFAULT" : " SET DEFAULT " + o.newDefault().sql()));
        }
        if (o.newName() != null) {
            sql.add(renameColumn(o.table(), o.column(), o.newName()));
        }
        return steps(sql);
    }

    protected String setType(Type type) {
        return "TYPE " + type(type);
    }

    protected String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    // ---- indexes and constraints

    protected List<String> createIndex(Index index) {
        if (index.where() != null && !partialIndexes()) {
            throw RetortException.usage(dialect() + " has no partial indexes: index " + index.name() + " has a where clause",
                    "drop the where clause for " + dialect() + ", or create the index with execute(...)");
        }
        return List.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX "
                + (index.concurrently() ? concurrently() : "") + quote(index.name()) + " ON " + quote(index.table())
                + " (" + quoteAll(index.columns()) + ")" + (index.where() == null ? "" : " WHERE " + index.where()));
    }

    protected boolean partialIndexes() {
        return true;
    }

    /** The CONCURRENTLY keyword with its trailing space where the database has it. */
    protected String concurrently() {
        return "";
    }

    protected List<String> dropIndex(Operation.DropIndex o) {
        boolean conc = o.definition() != null && o.definition().concurrently();
        return List.of("DROP INDEX " + (conc ? concurrently() : "") + quote(o.name()));
    }

    /** {@code [CONSTRAINT "n"] PRIMARY KEY (...)} and the like. */
    protected String constraint(Constraint k) {
        String prefix = k.name() == null ? "" : "CONSTRAINT " + quote(k.name()) + " ";
        if (k instanceof Constraint.PrimaryKey pk) {
            return prefix + "PRIMARY KEY (" + quoteAll(pk.columns()) + ")";
        } else if (k instanceof Constraint.Unique u) {
            return prefix + "UNIQUE (" + quoteAll(u.columns()) + ")";
        } else if (k instanceof Constraint.Check ck) {
            return prefix + "CHECK (" + ck.condition() + ")";
        }
        Constraint.ForeignKey fk = (Constraint.ForeignKey) k;
        return prefix + "FOREIGN KEY (" + quoteAll(fk.columns()) + ") REFERENCES " + quote(fk.referencedTable())
                + " (" + quoteAll(fk.referencedColumns()) + ")"
                + (fk.onDelete() == null ? "" : " ON DELETE " + fk.onDelete().sql())
                + (fk.onUpdate() == null ? "" : " ON UPDATE " + fk.onUpdate().sql());
    }

    protected List<Step> addConstraint(String table, Constraint k, Connection c) throws SQLException {
        return steps("ALTER TABLE " + quote(table) + " ADD " + constraint(k));
    }

    protected List<Step> dropConstraint(Operation.DropConstraint o, Connection c) throws SQLException {
        return steps("ALTER TABLE " + quote(o.table()) + " DROP CONSTRAINT " + quote(o.name()));
    }

    // ---- rows

    private List<Step> insertBound(Operation.BulkInsert b) {
        List<Step> out = new ArrayList<>();
        for (var group : Literals.byColumns(b.rows()).entrySet()) {
            List<String> cols = group.getKey();
            String sql = "INSERT INTO " + quote(b.table()) + " (" + quoteAll(cols) + ") VALUES ("
                    + cols.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")";
            List<List<Object>> rows = new ArrayList<>();
            for (var row : group.getValue()) {
                List<Object> values = new ArrayList<>();
                for (String col : cols) {
                    values.add(bindValue(row.get(col)));
                }
                rows.add(values);
            }
            out.add(Step.batch(sql, rows));
        }
        return out;
    }

    private List<String> insertLiterals(Operation.BulkInsert b) {
        List<String> out = new ArrayList<>();
        for (var group : Literals.byColumns(b.rows()).entrySet()) {
            List<String> cols = group.getKey();
            List<String> tuples = new ArrayList<>();
            for (var row : group.getValue()) {
                tuples.add("(" + cols.stream().map(col -> literal(row.get(col))).collect(Collectors.joining(", ")) + ")");
            }
            out.add("INSERT INTO " + quote(b.table()) + " (" + quoteAll(cols) + ") VALUES\n    "
                    + String.join(",\n    ", tuples));
        }
        return out;
    }

    protected static List<Step> steps(String... sql) {
        return steps(List.of(sql));
    }

    protected static List<Step> steps(List<String> sql) {
        return sql.stream().map(Step::sql).toList();
    }

    /** For operations that need the live schema: fails offline with a hint. */
    public RetortException needsConnection(Operation op, String why) {
        return RetortException.usage(dialect() + ": " + op.describe() + " " + why
                + ", which needs the live database; it cannot be rendered offline (--sql)",
                "run it against the database, or write this revision's SQL with execute(...) for offline scripts");
    }
}
