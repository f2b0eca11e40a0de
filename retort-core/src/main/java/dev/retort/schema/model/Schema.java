package dev.retort.schema.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables of one database schema, as reflected from a catalog or built from a model, in the
 * terms of the database {@code dialect} names ({@code Dialect.name()}: the model is data, below
 * the dialects that build it; comparison asks {@code Dialects.named} for the rest). {@code notes}
 * says what reflection saw but does not compare (an expression index, say), so that check can
 * tell the user.
 */
public record Schema(String dialect, List<SchemaTable> tables, List<String> notes) {
    public Schema {
        Objects.requireNonNull(dialect, "dialect");
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    public Schema(String dialect, List<SchemaTable> tables) {
        this(dialect, tables, List.of());
    }

    public Optional<SchemaTable> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Tables by name, in order. */
    public Map<String, SchemaTable> byName() {
        Map<String, SchemaTable> out = new LinkedHashMap<>();
        tables.forEach(t -> out.put(t.name(), t));
        return out;
    }
}
