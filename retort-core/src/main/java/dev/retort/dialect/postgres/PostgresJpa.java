package dev.retort.dialect.postgres;

import dev.retort.Type;
import dev.retort.dialect.JpaFacts;
import java.util.Locale;

/** Hibernate's PostgreSQL dialect: lower-case names, smallint for bytes, bytea for byte arrays. */
final class PostgresJpa extends JpaFacts {
    @Override
    public String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public Type tinyInteger() {
        return Type.SMALLINT;
    }

    @Override
    public Type bytes(int length) {
        return Type.BLOB;
    }
}
