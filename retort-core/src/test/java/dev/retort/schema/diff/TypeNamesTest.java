package dev.retort.schema.diff;

import dev.retort.dialect.registry.Dialects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.Type;
import org.junit.jupiter.api.Test;

/** Spellings of one type that must not count as a change. */
class TypeNamesTest {
    private static Type pg(String s) {
        return TypeNames.parse(Dialects.named("postgresql"), s);
    }

    private static Type my(String s) {
        return TypeNames.parse(Dialects.named("mysql"), s);
    }

    private static Type lite(String s) {
        return TypeNames.parse(Dialects.named("sqlite"), s);
    }

    private static Type h2(String s) {
        return TypeNames.parse(Dialects.named("h2"), s);
    }

    @Test
    void postgresAliasesFoldToOneType() {
        assertThat(pg("int4")).isEqualTo(pg("integer")).isEqualTo(pg("INT")).isEqualTo(pg("serial")).isEqualTo(Type.INTEGER);
        assertThat(pg("character varying(20)")).isEqualTo(pg("varchar(20)")).isEqualTo(pg("VARCHAR ( 20 )")).isEqualTo(Type.varchar(20));
        assertThat(pg("bool")).isEqualTo(pg("boolean")).isEqualTo(Type.BOOLEAN);
        assertThat(pg("timestamptz")).isEqualTo(pg("timestamp with time zone")).isEqualTo(Type.TIMESTAMPTZ);
        assertThat(pg("float8")).isEqualTo(pg("double precision")).isEqualTo(Type.DOUBLE);
        assertThat(pg("decimal(10,2)")).isEqualTo(pg("numeric(10, 2)")).isEqualTo(Type.numeric(10, 2));
        assertThat(pg("timestamp(3)")).isEqualTo(pg("timestamp(3) without time zone"));
        assertThat(pg("varchar")).isEqualTo(pg("character varying"));
        assertThat(pg("inet")).isEqualTo(Type.raw("inet"));
        assertThat(pg("varchar(20)")).isNotEqualTo(pg("varchar(21)"));
    }

    @Test
    void mysqlDisplayWidthsDoNotCount() {
        assertThat(my("int(11)")).isEqualTo(my("int")).isEqualTo(my("INTEGER")).isEqualTo(Type.INTEGER);
        assertThat(my("bigint(20)")).isEqualTo(Type.BIGINT);
        assertThat(my("smallint(6)")).isEqualTo(Type.SMALLINT);
        assertThat(my("tinyint(1)")).isEqualTo(my("boolean")).isEqualTo(Type.BOOLEAN);
        assertThat(my("tinyint(4)")).isEqualTo(my("tinyint"));
        assertThat(my("int(10) unsigned")).isEqualTo(my("int unsigned")).isEqualTo(Type.raw("int unsigned"));
        assertThat(my("longtext")).isEqualTo(Type.TEXT);
        assertThat(my("text")).isNotEqualTo(Type.TEXT);
        assertThat(my("datetime(6)")).isEqualTo(Type.TIMESTAMP);
        assertThat(my("enum('A','b')")).isEqualTo(Type.raw("enum('A','b')"));
    }

    @Test
    void sqliteAffinityNamesFold() {
        assertThat(lite("INT")).isEqualTo(lite("integer")).isEqualTo(Type.INTEGER);
        assertThat(lite("CLOB")).isEqualTo(lite("text")).isEqualTo(Type.TEXT);
        assertThat(lite("DATETIME")).isEqualTo(lite("timestamp")).isEqualTo(Type.TIMESTAMP);
        assertThat(lite("")).isEqualTo(lite("blob")).isEqualTo(Type.BLOB);
        assertThat(lite("NVARCHAR(10)")).isEqualTo(lite("varchar(10)")).isEqualTo(Type.varchar(10));
        assertThat(lite("DECIMAL(5,2)")).isEqualTo(Type.numeric(5, 2));
    }

    @Test
    void h2ReportsUnboundedVarcharAsItsMaximumLength() {
        assertThat(h2("character varying(1000000000)")).isEqualTo(h2("character varying")).isEqualTo(Type.TEXT);
        assertThat(h2("character varying(30)")).isEqualTo(Type.varchar(30));
        assertThat(h2("timestamp(6) with time zone")).isEqualTo(Type.TIMESTAMPTZ);
        assertThat(h2("time(0)")).isEqualTo(Type.TIME);
        assertThat(h2("timestamp(3)")).isEqualTo(Type.raw("timestamp(3)"));
    }

    @Test
    void everyPortableTypeIsCanonicalAsItsDatabaseStoresIt() {
        for (Dialect d : Dialects.ALL) {
            for (Type t : new Type[] {Type.SMALLINT, Type.INTEGER, Type.BIGINT, Type.BOOLEAN, Type.varchar(12), Type.TEXT,
                    Type.numeric(9, 3), Type.REAL, Type.DOUBLE, Type.DATE, Type.TIME, Type.TIMESTAMP, Type.TIMESTAMPTZ,
                    Type.UUID, Type.JSON, Type.BLOB}) {
                Type canonical = TypeNames.canonical(d, t);
                assertThat(TypeNames.canonical(d, canonical)).as(d + " " + t).isEqualTo(canonical);
            }
        }
    }
}
