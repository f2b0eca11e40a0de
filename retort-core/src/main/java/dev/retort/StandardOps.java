package dev.retort;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The {@link Ops} revisions receive: builds each operation and hands it to a sink. */
public final class StandardOps implements Ops {
    private final OperationSink sink;
    private final XArguments x;

    public StandardOps(OperationSink sink) {
        this(sink, Map.of());
    }

    /** {@code x}: the run's {@code -x key=value} arguments, read with {@link #x(String)}. */
    public StandardOps(OperationSink sink, Map<String, String> x) {
        this.sink = sink;
        this.x = XArguments.of(x);
    }

    @Override
    public void createTable(String table, Consumer<TableBuilder> definition) {
        apply(new Operation.CreateTable(table(table, definition)));
    }

    @Override
    public void dropTable(String table) {
        apply(new Operation.DropTable(table, null));
    }

    @Override
    public void dropTable(String table, Consumer<TableBuilder> definition) {
        apply(new Operation.DropTable(table, table(table, definition)));
    }

    private static Table table(String name, Consumer<TableBuilder> definition) {
        TableBuilder b = new TableBuilder(name);
        definition.accept(b);
        return b.build();
    }

    @Override
    public void renameTable(String from, String to) {
        apply(new Operation.RenameTable(from, to));
    }

    @Override
    public void renameColumn(String table, String from, String to) {
        Names.require(to, "column");
        apply(Operation.AlterColumn.rename(table, from, to));
    }

    @Override
    public void addColumn(String table, String column, Type type) {
        addColumn(table, column, type, c -> {});
    }

    @Override
    public void addColumn(String table, String column, Type type, Consumer<ColumnBuilder> options) {
        apply(new Operation.AddColumn(table, column(column, type, options)));
    }

    @Override
    public void dropColumn(String table, String column) {
        apply(new Operation.DropColumn(table, column, null));
    }

    @Override
    public void dropColumn(String table, String column, Type type, Consumer<ColumnBuilder> options) {
        apply(new Operation.DropColumn(table, column, column(column, type, options)));
    }

    private static Column column(String name, Type type, Consumer<ColumnBuilder> options) {
        ColumnBuilder b = new ColumnBuilder(name, type);
        options.accept(b);
        return b.build();
    }

    @Override
    public void alterColumn(String table, String column, Consumer<ColumnChange> change) {
        ColumnChange c = new ColumnChange();
        change.accept(c);
        apply(new Operation.AlterColumn(table, column, c.type, c.existingType, c.nullable, c.existingNullable,
                c.newDefault, c.existingDefault, c.newName));
    }

    @Override
    public void createIndex(String name, String table, String... columns) {
        createIndex(name, table, List.of(columns), i -> {});
    }

    @Override
    public void createIndex(String name, String table, List<String> columns, Consumer<IndexOptions> options) {
        apply(new Operation.CreateIndex(index(name, table, columns, options)));
    }

    @Override
    public void dropIndex(String name, String table) {
        apply(new Operation.DropIndex(table, name, null));
    }

    @Override
    public void dropIndex(String name, String table, List<String> columns, Consumer<IndexOptions> options) {
        apply(new Operation.DropIndex(table, name, index(name, table, columns, options)));
    }

    private static Index index(String name, String table, List<String> columns, Consumer<IndexOptions> options) {
        IndexOptions o = new IndexOptions();
        options.accept(o);
        return new Index(name, table, columns, o.unique, o.where, o.concurrently);
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        apply(new Operation.AddConstraint(table, new Constraint.PrimaryKey(name, List.of(columns))));
    }

    @Override
    public void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
        createForeignKey(name, table, columns, referencedTable, referencedColumns, fk -> {});
    }

    @Override
    public void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns, Consumer<ForeignKeyOptions> options) {
        ForeignKeyOptions o = new ForeignKeyOptions();
        options.accept(o);
        apply(new Operation.AddConstraint(table, new Constraint.ForeignKey(name, columns, referencedTable,
                referencedColumns, o.onDelete, o.onUpdate)));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        apply(new Operation.AddConstraint(table, new Constraint.Unique(name, List.of(columns))));
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        apply(new Operation.AddConstraint(table, new Constraint.Check(name, condition)));
    }

    @Override
    public void dropConstraint(String name, String table) {
        apply(new Operation.DropConstraint(table, name, null));
    }

    @Override
    public void dropConstraint(String table, Constraint definition) {
        apply(new Operation.DropConstraint(table, definition.name(), definition));
    }

    @Override
    public void execute(String sql) {
        apply(new Operation.Execute(sql, null));
    }

    @Override
    public void execute(String sql, String reverseSql) {
        apply(new Operation.Execute(sql, reverseSql));
    }

    @Override
    public void bulkInsert(String table, List<Map<String, Object>> rows) {
        apply(new Operation.BulkInsert(table, rows));
    }

    @Override
    public Connection connection() {
        Connection c = sink.connection();
        if (c == null) {
            throw RetortException.usage("op.connection() needs a live database, and there is none here "
                    + "(offline --sql rendering, or a downgrade being derived)",
                    "run against a database, or write downgrade() yourself when upgrade() uses the connection");
        }
        return c;
    }

    @Override
    public void apply(Operation operation) {
        sink.accept(operation);
    }

    @Override
    public String x(String key) {
        String value = x.values().get(key);
        if (value == null) {
            throw RetortException.usage("the revision reads -x " + key + ", and the command line gives none",
                    "pass -x " + key + "=VALUE, or read it with op.x(\"" + key + "\", fallback)");
        }
        return value;
    }

    @Override
    public String x(String key, String otherwise) {
        return x.values().getOrDefault(key, otherwise);
    }

    @Override
    public Map<String, String> x() {
        return x.values();
    }
}
