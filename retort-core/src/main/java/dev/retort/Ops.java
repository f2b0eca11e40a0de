package dev.retort;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The operations a Java revision performs. Every identifier is quoted when rendered, so names
 * are taken exactly as written (case, spaces, reserved words). SQL fragments (defaults, check
 * conditions, partial-index conditions, {@link #execute}) are the author's and written as is.
 */
public interface Ops {

    void createTable(String table, Consumer<TableBuilder> definition);

    /** Drops a table; cannot be reversed, because the table's definition is unknown. */
    void dropTable(String table);

    /** Drops a table whose definition is given, so that the drop can be reversed. */
    void dropTable(String table, Consumer<TableBuilder> definition);

    /** Renames a table; the derived downgrade renames it back. */
    void renameTable(String from, String to);

    /**
     * Renames a column, keeping its data; the derived downgrade renames it back. Rendered as
     * {@code ALTER TABLE .. RENAME COLUMN} (H2: {@code ALTER COLUMN .. RENAME TO}).
     */
    void renameColumn(String table, String from, String to);

    void addColumn(String table, String column, Type type);

    void addColumn(String table, String column, Type type, Consumer<ColumnBuilder> options);

    /** Drops a column; cannot be reversed, because the column's definition is unknown. */
    void dropColumn(String table, String column);

    /** Drops a column whose definition is given, so that the drop can be reversed. */
    void dropColumn(String table, String column, Type type, Consumer<ColumnBuilder> options);

    void alterColumn(String table, String column, Consumer<ColumnChange> change);

    void createIndex(String name, String table, String... columns);

    void createIndex(String name, String table, List<String> columns, Consumer<IndexOptions> options);

    void dropIndex(String name, String table);

    /** Drops an index whose definition is given, so that the drop can be reversed. */
    void dropIndex(String name, String table, List<String> columns, Consumer<IndexOptions> options);

    void createPrimaryKey(String name, String table, String... columns);

    void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns);

    void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns, Consumer<ForeignKeyOptions> options);

    void createUniqueConstraint(String name, String table, String... columns);

    void createCheckConstraint(String name, String table, String condition);

    /** Drops a named constraint of any kind; cannot be reversed. */
    void dropConstraint(String name, String table);

    /** Drops the given constraint ({@code Constraint.unique("uq", "email")}, ...); reversible. */
    void dropConstraint(String table, Constraint definition);

    /** Runs SQL as written; cannot be reversed. */
    void execute(String sql);

    /** Runs SQL as written; {@code reverseSql} undoes it when the downgrade is derived. */
    void execute(String sql, String reverseSql);

    /** Inserts rows (column name to value); values are bound as parameters, never spliced into SQL. */
    void bulkInsert(String table, List<Map<String, Object>> rows);

    /** The live connection, for data work; absent when SQL is rendered offline ({@code --sql}). */
    Connection connection();

    /**
     * The value of {@code -x key=value} on the command line (Alembic's {@code -x}; the facade's
     * {@code Retort.Builder.x}); a usage error naming the key when it was not given.
     */
    String x(String key);

    /** The value of {@code -x key=value}, or {@code otherwise} when it was not given. */
    String x(String key, String otherwise);

    /** Every {@code -x} argument of the run, in the order given. */
    Map<String, String> x();

    /** Performs an operation built elsewhere (autogenerate, derived downgrades). */
    void apply(Operation operation);
}
