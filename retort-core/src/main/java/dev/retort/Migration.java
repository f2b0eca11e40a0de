package dev.retort;

/**
 * A Java revision: annotate the class with {@link Revision} and implement {@link #upgrade}.
 * The portable types are constants of this interface so that revisions can name them
 * unqualified; {@code varchar(n)}, {@code numeric(p, s)} and {@code raw(sql)} are on {@link Type}.
 * (Inside a revision, {@code UUID} therefore names the column type: write {@code java.util.UUID}
 * for the Java class.)
 */
public interface Migration {
    Type SMALLINT = Type.SMALLINT;
    Type INTEGER = Type.INTEGER;
    Type BIGINT = Type.BIGINT;
    Type BOOLEAN = Type.BOOLEAN;
    Type TEXT = Type.TEXT;
    Type REAL = Type.REAL;
    Type DOUBLE = Type.DOUBLE;
    Type DATE = Type.DATE;
    Type TIME = Type.TIME;
    Type TIMESTAMP = Type.TIMESTAMP;
    Type TIMESTAMPTZ = Type.TIMESTAMPTZ;
    Type UUID = Type.UUID;
    Type JSON = Type.JSON;
    Type BLOB = Type.BLOB;

    void upgrade(Ops op);

    /**
     * Undoes {@link #upgrade}. Not overriding it derives the downgrade from the upgrade's
     * operations, which works when every one of them is reversible and fails naming the first
     * that is not.
     */
    default void downgrade(Ops op) {
        for (Operation back : Recorder.derivedDowngrade(this, op.x())) {
            op.apply(back);
        }
    }
}
