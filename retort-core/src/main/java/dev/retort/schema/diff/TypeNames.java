package dev.retort.schema.diff;

import dev.retort.dialect.ColumnTypes;
import dev.retort.dialect.Dialect;
import dev.retort.Type;
import java.util.Objects;

/**
 * Column types as the diff compares them: a database's spelling read back through its
 * {@link ColumnTypes} ({@code dialect.types()}), and equality and keys that avoid the record's
 * generated methods.
 */
public final class TypeNames {
    private TypeNames() {}

    /**
     * {@link Type} equality without the record's generated equals: the first call of a record's
     * equals or hashCode costs some 10 ms of method-handle set-up in a fresh JVM, and the diff
     * compares every column.
     */
    static boolean same(Type a, Type b) {
        return a == b || (a.kind() == b.kind() && a.length() == b.length() && a.precision() == b.precision()
                && a.scale() == b.scale() && Objects.equals(a.raw(), b.raw()));
    }

    /** A text equal for equal types only, to key maps by type without {@code Type.hashCode} (see {@link #same}). */
    public static String key(Type.Kind kind, int length, int precision, int scale, String raw) {
        StringBuilder sb = new StringBuilder(kind.name()).append(',').append(length).append(',').append(precision)
                .append(',').append(scale).append(',');
        return raw == null ? sb.toString() : sb.append('\'').append(raw).toString();
    }

    static String key(Type t) {
        return key(t.kind(), t.length(), t.precision(), t.scale(), t.raw());
    }

    /** The normalized type for {@code text} as {@code dialect} spells it. */
    public static Type parse(Dialect dialect, String text) {
        return dialect.types().parse(text);
    }

    /** The type as {@code dialect} would store and report {@code type}: what reflection gives back. */
    public static Type canonical(Dialect dialect, Type type) {
        return dialect.types().parse(dialect.ddl().type(type));
    }

    /** Lower case outside quotes, single spaces, no spaces around parentheses and commas. */
    static String fold(String text) {
        return ColumnTypes.fold(text);
    }
}
