package dev.retort;

/** Actions of a foreign key: {@code fk -> fk.onDelete(CASCADE)}. Unset means the database default. */
public final class ForeignKeyOptions {
    ReferentialAction onDelete;
    ReferentialAction onUpdate;

    ForeignKeyOptions() {}

    public ForeignKeyOptions onDelete(ReferentialAction action) {
        onDelete = action;
        return this;
    }

    public ForeignKeyOptions onUpdate(ReferentialAction action) {
        onUpdate = action;
        return this;
    }
}
