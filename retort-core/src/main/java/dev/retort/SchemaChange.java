package dev.retort;

/**
 * One difference between the database at head and the model, as check and autogenerate report
 * it: the operation's name (createTable, addColumn, ...), the table, a one-line description, and
 * the REVIEW note when the operation needs a person's eye (null otherwise).
 */
public record SchemaChange(String operation, String table, String description, String review) {
    static SchemaChange of(dev.retort.Operation op) {
        String type = op.getClass().getSimpleName();
        return new SchemaChange(Character.toLowerCase(type.charAt(0)) + type.substring(1), op.subject(), op.describe(),
                dev.retort.schema.render.Review.note(op));
    }
}
