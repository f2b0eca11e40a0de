package dev.retort.graph;

import static dev.retort.graph.Graphs.ids;
import static dev.retort.graph.Graphs.iterate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.script.RevisionHeader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Alembic's LargeMapTest over its tests/_large_map.py graph (142 revisions, many merges),
 * kept as data in src/test/resources/alembic/large_map.txt. Besides Alembic's own checks, the
 * whole order must equal the one Alembic 1.8.1 produced (large_map_history.txt).
 */
class LargeMapTest {
    private final RevisionMap map = RevisionMap.of(revisions());

    @Test
    void headsToBaseListsEveryRevisionAndEachBeforeSomethingBelowIt() {
        List<String> order = iterate(map, "heads", "base").exclusive().ids();
        assertThat(order).containsExactlyInAnyOrderElementsOf(ids(map.revisions()));
        Traversal walk = map.traversal();
        for (int i = 0; i < order.size(); i++) {
            Node n = map.node(order.get(i));
            Set<Node> ancestors = walk.ancestors(List.of(n), true, false);
            Set<Node> descendants = walk.descendants(List.of(n), true, false);
            ancestors.remove(n);
            descendants.remove(n);
            Set<Node> both = new HashSet<>(ancestors);
            both.retainAll(descendants);
            assertThat(both).as("both above and below %s", n).isEmpty();
            Set<String> remaining = new HashSet<>(order.subList(i + 1, order.size()));
            if (!remaining.isEmpty()) {
                assertThat(Graphs.nodeIds(ancestors)).as("what follows %s", n).containsAnyElementsOf(remaining);
            }
        }
    }

    @Test
    void historyOrderIsAlembics() throws IOException {
        assertThat(ids(map.history(null))).containsExactlyElementsOf(lines("large_map_history.txt"));
        assertThat(map.heads()).containsExactly("5a4ca8889674");
        assertThat(map.bases()).containsExactly("25a7ef58d293");
    }

    private static List<RevisionHeader> revisions() {
        try {
            return lines("large_map.txt").stream().map(line -> {
                String[] ids = line.split(" ");
                return RevisionHeader.of(ids[0], Arrays.copyOfRange(ids, 1, ids.length));
            }).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = LargeMapTest.class.getResourceAsStream("/alembic/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }
}
