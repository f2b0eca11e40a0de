package dev.retort.schema;

import dev.retort.schema.model.Expressions;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.SchemaColumn;
import dev.retort.schema.model.SchemaTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema as text for tests to compare, independent of the diff: tables, columns, keys,
 * constraints and indexes, sorted (column order is not compared, as the diff does not track it),
 * with the constraint names that databases make up left out.
 */
final class SchemaText {
    private SchemaText() {}

    static String of(Schema s) {
        StringBuilder sb = new StringBuilder();
        s.tables().stream().sorted(java.util.Comparator.comparing(SchemaTable::name)).forEach(t -> {
            sb.append("table ").append(t.name()).append('\n');
            t.columns().stream().sorted(java.util.Comparator.comparing(SchemaColumn::name)).forEach(c -> sb.append("  column ").append(c.name()).append(' ').append(c.type())
                    .append(c.nullable() ? " null" : " not null").append(c.autoIncrement() ? " auto" : "")
                    .append(c.defaultSql() == null ? "" : " default " + Expressions.key(c.defaultSql())).append('\n'));
            sb.append("  pk ").append(t.primaryKeyColumns()).append('\n');
            List<String> lines = new ArrayList<>();
            t.uniques().forEach(u -> lines.add("unique " + u.columns()));
            t.checks().forEach(k -> lines.add("check " + Expressions.key(k.condition())));
            t.foreignKeys().forEach(f -> lines.add("fk " + f.columns() + " -> " + f.referencedTable() + f.referencedColumns()
                    + " delete " + f.onDelete() + " update " + f.onUpdate()));
            t.indexes().forEach(i -> lines.add("index " + i.name() + " " + i.columns() + (i.unique() ? " unique" : "")
                    + (i.where() == null ? "" : " where " + Expressions.key(i.where()))));
            lines.stream().sorted().forEach(l -> sb.append("  ").append(l).append('\n'));
        });
        return sb.toString();
    }
}
