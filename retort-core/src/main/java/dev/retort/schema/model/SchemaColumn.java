package dev.retort.schema.model;

import dev.retort.Column;
import dev.retort.Type;
import java.util.Objects;

/**
 * A column as the catalog describes it. {@code type} is normalized (aliases, display widths and
 * affinity spellings folded away); {@code defaultSql} is the database's own spelling of the
 * default expression, or null for none; {@code autoIncrement} covers identity, serial and
 * AUTO_INCREMENT alike.
 */
public record SchemaColumn(String name, Type type, boolean nullable, String defaultSql, boolean autoIncrement) {
    public SchemaColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type of " + name);
    }

    /** As an operation column (keys and references stay on the table). */
    public Column toColumn(boolean primaryKey) {
        return new Column(name, type, nullable && !primaryKey, defaultSql, primaryKey, false, autoIncrement, null);
    }

    public SchemaColumn withType(Type newType) {
        return new SchemaColumn(name, newType, nullable, defaultSql, autoIncrement);
    }

    public SchemaColumn withName(String newName) {
        return new SchemaColumn(newName, type, nullable, defaultSql, autoIncrement);
    }
}
