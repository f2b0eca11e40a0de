package dev.retort.dialect.mysql;

import dev.retort.Type;
import dev.retort.dialect.JpaFacts;
import java.util.List;

/** Hibernate's MySQL dialect: native enums, datetime(6) for both kinds of timestamp, UUIDs as binary(16). */
final class MysqlJpa extends JpaFacts {
    @Override
    public Type nativeEnum(List<String> values) {
        return sortedEnum(values);
    }

    @Override
    public Type localDateTime() {
        return Type.raw("datetime(6)");
    }

    @Override
    public Type instant() {
        return Type.raw("datetime(6)");
    }

    @Override
    public Type uuid() {
        return Type.raw("binary(16)");
    }
}
