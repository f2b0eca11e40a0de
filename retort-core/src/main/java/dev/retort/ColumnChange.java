package dev.retort;

/**
 * What {@code op.alterColumn} changes: {@code c -> c.type(BIGINT).existingType(INTEGER).notNull()}.
 * The {@code existing...} values describe the column before the change; they make the change
 * reversible, and MySQL needs the type to change nullability offline.
 */
public final class ColumnChange {
    Type type;
    Type existingType;
    Boolean nullable;
    Boolean existingNullable;
    Operation.Default newDefault;
    Operation.Default existingDefault;
    String newName;

    ColumnChange() {}

    public ColumnChange type(Type to) {
        type = to;
        return this;
    }

    public ColumnChange existingType(Type from) {
        existingType = from;
        return this;
    }

    public ColumnChange notNull() {
        nullable = false;
        return this;
    }

    public ColumnChange nullable() {
        nullable = true;
        return this;
    }

    public ColumnChange existingNullable(boolean wasNullable) {
        existingNullable = wasNullable;
        return this;
    }

    /** A new default, as an SQL expression. */
    public ColumnChange defaultValue(String sql) {
        newDefault = new Operation.Default(sql);
        return this;
    }

    public ColumnChange dropDefault() {
        newDefault = new Operation.Default(null);
        return this;
    }

    /** The default before the change (SQL), or null for none. */
    public ColumnChange existingDefault(String sql) {
        existingDefault = new Operation.Default(sql);
        return this;
    }

    public ColumnChange rename(String to) {
        newName = to;
        return this;
    }
}
