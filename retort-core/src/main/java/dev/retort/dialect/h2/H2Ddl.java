package dev.retort.dialect.h2;

import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.Type;

/** H2 2.x: standard SQL with its own ALTER COLUMN spellings; no partial indexes. */
public final class H2Ddl extends DdlRenderer {

    @Override
    public String dialect() {
        return "h2";
    }

    @Override
    public SqlSyntax syntax() {
        return SqlSyntax.H2;
    }

    @Override
    public String type(Type t) {
        return switch (t.kind()) {
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + t.length() + ")";
            // Unbounded VARCHAR rather than CLOB: comparable, indexable, like TEXT elsewhere.
            case TEXT -> "CHARACTER VARYING";
            case NUMERIC -> "NUMERIC(" + t.precision() + ", " + t.scale() + ")";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMPTZ -> "TIMESTAMP WITH TIME ZONE";
            case UUID -> "UUID";
            case JSON -> "JSON";
            case BLOB -> "BLOB";
            case RAW -> t.raw();
        };
    }

    @Override
    protected String setType(Type type) {
        return "SET DATA TYPE " + type(type);
    }

    @Override
    protected String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(from) + " RENAME TO " + quote(to);
    }

    @Override
    protected boolean partialIndexes() {
        return false;
    }
}
