package dev.retort;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The body of {@code op.createTable("t", t -> t.column(...)...)}. */
public final class TableBuilder {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();

    TableBuilder(String name) {
        this.name = name;
    }

    public TableBuilder column(String column, Type type) {
        return column(column, type, c -> {});
    }

    public TableBuilder column(String column, Type type, Consumer<ColumnBuilder> options) {
        ColumnBuilder b = new ColumnBuilder(column, type);
        options.accept(b);
        columns.add(b.build());
        return this;
    }

    /** A (composite) primary key; columns marked {@code primaryKey()} need no such line. */
    public TableBuilder primaryKey(String constraintName, String... columns) {
        constraints.add(new Constraint.PrimaryKey(constraintName, List.of(columns)));
        return this;
    }

    public TableBuilder unique(String constraintName, String... columns) {
        constraints.add(new Constraint.Unique(constraintName, List.of(columns)));
        return this;
    }

    public TableBuilder check(String constraintName, String condition) {
        constraints.add(new Constraint.Check(constraintName, condition));
        return this;
    }

    public TableBuilder foreignKey(String constraintName, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
        return foreignKey(constraintName, columns, referencedTable, referencedColumns, fk -> {});
    }

    public TableBuilder foreignKey(String constraintName, List<String> columns, String referencedTable,
            List<String> referencedColumns, Consumer<ForeignKeyOptions> options) {
        ForeignKeyOptions o = new ForeignKeyOptions();
        options.accept(o);
        constraints.add(new Constraint.ForeignKey(constraintName, columns, referencedTable, referencedColumns,
                o.onDelete, o.onUpdate));
        return this;
    }

    Table build() {
        return new Table(name, columns, constraints);
    }
}
