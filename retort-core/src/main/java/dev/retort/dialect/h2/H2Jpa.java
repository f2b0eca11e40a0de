package dev.retort.dialect.h2;

import dev.retort.Type;
import dev.retort.dialect.JpaFacts;
import java.util.List;
import java.util.Locale;

/** Hibernate's H2 dialect: upper-case names, native enums, H2's own timestamp types. */
final class H2Jpa extends JpaFacts {
    @Override
    public String fold(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    @Override
    public Type nativeEnum(List<String> values) {
        return sortedEnum(values);
    }

    @Override
    public Type localDateTime() {
        return Type.TIMESTAMP;
    }

    @Override
    public Type instant() {
        return Type.TIMESTAMPTZ;
    }
}
