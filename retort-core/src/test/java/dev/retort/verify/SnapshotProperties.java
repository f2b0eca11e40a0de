package dev.retort.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The schema diff is empty exactly when the snapshots are equal, and names every differing line once. */
class SnapshotProperties {
    @Provide
    Arbitrary<Snapshot> snapshots() {
        Arbitrary<Set<String>> lines = Arbitraries.of("column id INTEGER NOT NULL", "column a TEXT NULL", "index ix (a)",
                "primary key (id)", "column a TEXT NULL DEFAULT 'x'").set().ofMaxSize(4);
        return Arbitraries.maps(Arbitraries.of("t", "u", "v"), lines).ofMaxSize(3).map(Snapshot::new);
    }

    @Property(tries = 500)
    void emptyExactlyWhenEqual(@ForAll("snapshots") Snapshot a, @ForAll("snapshots") Snapshot b) {
        assertThat(a.diff(a)).isEmpty();
        assertThat(a.diff(b).isEmpty()).isEqualTo(a.equals(b));
    }

    @Property(tries = 500)
    void everyDifferingLineIsNamedOnce(@ForAll("snapshots") Snapshot found, @ForAll("snapshots") Snapshot expected) {
        int lines = 0;
        for (String t : union(found.tables(), expected.tables())) {
            Set<String> f = found.tables().get(t);
            Set<String> e = expected.tables().get(t);
            if (f == null || e == null) {
                lines++; // a whole table, one line
                continue;
            }
            Set<String> sym = new HashSet<>(f);
            sym.addAll(e);
            Set<String> both = new HashSet<>(f);
            both.retainAll(e);
            sym.removeAll(both);
            lines += sym.isEmpty() ? 0 : sym.size() + 1; // the lines and their "table t:" heading
        }
        assertThat(found.diff(expected)).hasSize(lines);
    }

    private static Set<String> union(Map<String, Set<String>> a, Map<String, Set<String>> b) {
        Set<String> out = new HashSet<>(a.keySet());
        out.addAll(b.keySet());
        return out;
    }
}
