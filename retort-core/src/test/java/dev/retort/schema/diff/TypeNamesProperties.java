package dev.retort.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Type;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TypeNamesProperties {
    /** The diff's type comparison and map key agree with Type's own equality. */
    @Property(tries = 2000)
    void sameAndKeyAgreeWithEquals(@ForAll("types") Type a, @ForAll("types") Type b) {
        Type copy = new Type(a.kind(), a.length(), a.precision(), a.scale(), a.raw());
        assertThat(TypeNames.same(a, copy)).isTrue();
        assertThat(TypeNames.same(a, b)).isEqualTo(a.equals(b));
        assertThat(TypeNames.key(a).equals(TypeNames.key(b))).isEqualTo(a.equals(b));
    }

    @Provide
    Arbitrary<Type> types() {
        Arbitrary<Type.Kind> kinds = Arbitraries.of(Type.Kind.class);
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 3);
        Arbitrary<String> raws = Arbitraries.of("inet", "citext", "a,b", "'", "");
        return Combinators.combine(kinds, small, small, small, raws.injectNull(0.4)).as((kind, l, p, s, raw) -> switch (kind) {
            case RAW -> Type.raw(raw == null || raw.isEmpty() ? "inet" : raw);
            case VARCHAR -> new Type(kind, l + 1, 0, 0, raw);
            case NUMERIC -> new Type(kind, 0, p + s + 1, s, raw);
            default -> new Type(kind, l, p, s, raw);
        });
    }
}
