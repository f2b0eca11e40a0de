package dev.retort;

import java.util.Objects;

/**
 * A column definition. {@code defaultSql} is an SQL expression (e.g. {@code "0"},
 * {@code "'new'"}, {@code "CURRENT_TIMESTAMP"}) or null for none; {@code references} is a
 * single-column foreign key or null.
 */
public record Column(String name, Type type, boolean nullable, String defaultSql, boolean primaryKey,
        boolean unique, boolean autoIncrement, Constraint.ForeignKey references) {

    public Column {
        Names.require(name, "column");
        Objects.requireNonNull(type, "type of column " + name);
        if (primaryKey) {
            nullable = false; // every database makes key columns NOT NULL; say so in the model too
        }
    }

    public static Column of(String name, Type type) {
        return new Column(name, type, true, null, false, false, false, null);
    }
}
