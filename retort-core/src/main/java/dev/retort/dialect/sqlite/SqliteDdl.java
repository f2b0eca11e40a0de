package dev.retort.dialect.sqlite;

import dev.retort.RetortException;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.dialect.ddl.Step;
import dev.retort.Column;
import dev.retort.Constraint;
import dev.retort.Operation;
import dev.retort.Type;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * SQLite: what ALTER TABLE can do natively (add a plain column, rename, drop a column) is done
 * natively; changing a column or a constraint rebuilds the table ({@link SqliteRebuild}).
 */
public final class SqliteDdl extends DdlRenderer {

    @Override
    public String dialect() {
        return "sqlite";
    }

    @Override
    public SqlSyntax syntax() {
        return SqlSyntax.SQLITE;
    }

    @Override
    public String type(Type t) {
        return switch (t.kind()) {
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + t.length() + ")";
            case TEXT, UUID, JSON -> "TEXT";
            case NUMERIC -> "NUMERIC(" + t.precision() + ", " + t.scale() + ")";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMPTZ -> "TIMESTAMPTZ";
            case BLOB -> "BLOB";
            case RAW -> t.raw();
        };
    }

    /** SQLite stores dates and UUIDs as text; bind the text the offline literals would write. */
    @Override
    protected Object bindValue(Object value) {
        Object v = super.bindValue(value);
        if (v instanceof LocalDateTime t) {
            return t.toString().replace('T', ' ');
        } else if (v instanceof OffsetDateTime t) {
            return t.toString().replace('T', ' ');
        }
        return v instanceof UUID || v instanceof TemporalAccessor ? v.toString() : v;
    }

    /** AUTOINCREMENT exists only on an INTEGER PRIMARY KEY column, written inline. */
    @Override
    protected String columnDefinition(Column c, boolean primaryKey) {
        if (!c.autoIncrement()) {
            return super.columnDefinition(c, primaryKey);
        }
        if (!primaryKey) {
            throw RetortException.usage("sqlite: autoIncrement column " + c.name() + " must be the table's only primary key column",
                    "mark it primaryKey() and give the table no other key column");
        }
        return quote(c.name()) + " INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT" + (c.unique() ? " UNIQUE" : "");
    }

    @Override
    protected List<Step> addColumn(String table, Column column, Connection c) throws SQLException {
        String def = columnDefinition(column, column.primaryKey()) + inlineReference(column.references());
        boolean native_ = !column.primaryKey() && !column.unique() && !column.autoIncrement()
                && (column.nullable() || column.defaultSql() != null);
        if (native_) {
            return steps("ALTER TABLE " + quote(table) + " ADD COLUMN " + def);
        }
        return SqliteRebuild.steps(this, c, table, new Operation.AddColumn(table, column), t -> t.withColumnAppended(def));
    }

    private String inlineReference(Constraint.ForeignKey fk) {
        if (fk == null) {
            return "";
        }
        String table = constraint(fk);
        return " " + (fk.name() == null ? "" : "CONSTRAINT " + quote(fk.name()) + " ")
                + table.substring(table.indexOf("REFERENCES "));
    }

    @Override
    protected List<Step> alterColumn(Operation.AlterColumn o, Connection c) throws SQLException {
        List<Step> out = new ArrayList<>();
        if (o.type() != null || o.nullable() != null || o.newDefault() != null) {
            out.addAll(SqliteRebuild.steps(this, c, o.table(), o, t -> {
                List<SqliteTableSql.Item> items = new ArrayList<>();
                boolean found = false;
                for (SqliteTableSql.Item item : t.items) {
                    if (item.isColumn() && item.column().equalsIgnoreCase(o.column())) {
                        items.add(SqliteTableSql.item(altered(SqliteColumnSql.parse(item.text()), o).render()));
                        found = true;
                    } else {
                        items.add(item);
                    }
                }
                if (!found) {
                    throw new RetortException(RetortException.Kind.FAILED, "sqlite: " + o.describe() + ": table "
                            + o.table() + " has no column " + o.column(), "check the column name");
                }
                return t.with(items);
            }));
        }
        if (o.newName() != null) {
            out.add(Step.sql(renameColumn(o.table(), o.column(), o.newName())));
        }
        return out;
    }

    private SqliteColumnSql altered(SqliteColumnSql col, Operation.AlterColumn o) {
        if (o.type() != null) {
            col = col.withType(type(o.type()));
        }
        if (o.newDefault() != null) {
            String d = o.newDefault().sql();
            col = col.replacing(Set.of("DEFAULT"), d == null ? null : "DEFAULT " + d);
        }
        if (o.nullable() != null) {
            col = col.replacing(Set.of("NOT", "NULL"), o.nullable() ? null : "NOT NULL");
        }
        return col;
    }

    @Override
    protected List<Step> addConstraint(String table, Constraint k, Connection c) throws SQLException {
        return SqliteRebuild.steps(this, c, table, new Operation.AddConstraint(table, k),
                t -> t.withItemAppended(constraint(k)));
    }

    @Override
    protected List<Step> dropConstraint(Operation.DropConstraint o, Connection c) throws SQLException {
        return SqliteRebuild.steps(this, c, o.table(), o, t -> {
            List<SqliteTableSql.Item> items = new ArrayList<>();
            boolean found = false;
            for (SqliteTableSql.Item item : t.items) {
                if (!item.isColumn() && o.name().equalsIgnoreCase(item.constraintName())) {
                    found = true;
                    continue;
                }
                if (item.isColumn()) {
                    SqliteColumnSql col = SqliteColumnSql.parse(item.text());
                    if (col.hasConstraint(o.name())) {
                        found = true;
                        item = SqliteTableSql.item(col.withoutConstraint(o.name()).render());
                    }
                }
                items.add(item);
            }
            if (!found) {
                throw new RetortException(RetortException.Kind.FAILED, "sqlite: " + o.describe() + ": table "
                        + o.table() + " has no constraint named " + o.name(),
                        "SQLite keeps only constraints declared with CONSTRAINT name; unnamed ones cannot be dropped by name");
            }
            return t.with(items);
        });
    }

    /** SQLite has no boolean type: 1 and 0. */
    @Override
    protected String booleanLiteral(boolean b) {
        return b ? "1" : "0";
    }

    /** SQLite has no date/time types: the text alone. */
    @Override
    protected String typedLiteral(String keyword, String text) {
        return stringLiteral(text);
    }
}
