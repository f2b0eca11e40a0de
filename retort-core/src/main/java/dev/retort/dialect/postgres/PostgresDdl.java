package dev.retort.dialect.postgres;

import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.dialect.ddl.Step;
import dev.retort.Type;
import java.sql.Types;

/** PostgreSQL: the standard forms, identity columns, CONCURRENTLY, native json/uuid/bytea. */
public final class PostgresDdl extends DdlRenderer {

    @Override
    public String dialect() {
        return "postgresql";
    }

    @Override
    public SqlSyntax syntax() {
        return SqlSyntax.POSTGRESQL;
    }

    @Override
    public String type(Type t) {
        return switch (t.kind()) {
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + t.length() + ")";
            case TEXT -> "TEXT";
            case NUMERIC -> "NUMERIC(" + t.precision() + ", " + t.scale() + ")";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMPTZ -> "TIMESTAMPTZ";
            case UUID -> "UUID";
            case JSON -> "JSON";
            case BLOB -> "BYTEA";
            case RAW -> t.raw();
        };
    }

    /**
     * Strings go as untyped parameters, so the server casts them to the column's type (json,
     * uuid, inet...) as it does for literals, instead of refusing varchar there.
     */
    @Override
    protected Object bindValue(Object value) {
        return value instanceof String s ? new Step.Bound(s, Types.OTHER) : super.bindValue(value);
    }

    @Override
    protected String concurrently() {
        return "CONCURRENTLY ";
    }

    @Override
    protected String bytesLiteral(String hex) {
        return "decode('" + hex + "', 'hex')";
    }
}
