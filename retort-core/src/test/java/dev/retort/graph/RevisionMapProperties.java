package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.script.RevisionHeader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the revision map on random DAGs with branches, merges, several roots, branch
 * labels and depends_on (on ids and on labels), loaded in random order.
 */
class RevisionMapProperties {

    @Property(tries = 300)
    void upgradeFromNothingAppliesEveryRevisionOnceAfterWhatItNeeds(@ForAll("graphs") List<RevisionHeader> revisions) {
        RevisionMap map = RevisionMap.of(revisions);
        List<String> plan = Graphs.ids(map.upgradePlan(Set.of(), "heads"));
        assertThat(plan).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(Graphs.ids(revisions));
        assertEachAfterWhatItNeeds(map, plan);
    }

    @Property(tries = 300)
    void upgradeFromAnyAppliedStateAppliesExactlyWhatIsMissing(@ForAll("graphs") List<RevisionHeader> revisions,
            @ForAll("picks") int pick) {
        RevisionMap map = RevisionMap.of(revisions);
        Set<String> applied = map.closure(revisions.get(pick % revisions.size()).id());
        List<String> plan = Graphs.ids(map.upgradePlan(applied, "heads"));
        Set<String> missing = new HashSet<>(Graphs.ids(revisions));
        missing.removeAll(applied);
        assertThat(plan).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(missing);
        assertEachAfterWhatItNeeds(map, plan);
    }

    @Property(tries = 300)
    void historyIsTheFullUpgradeNewestFirst(@ForAll("graphs") List<RevisionHeader> revisions) {
        RevisionMap map = RevisionMap.of(revisions);
        List<String> upgrade = new ArrayList<>(Graphs.ids(map.upgradePlan(Set.of(), "heads")));
        Collections.reverse(upgrade);
        assertThat(Graphs.ids(map.history(null))).isEqualTo(upgrade);
    }

    @Property(tries = 300)
    void downgradeOfEverythingToBaseRevertsEachRevisionBeforeWhatItNeeds(
            @ForAll("graphs") List<RevisionHeader> revisions) {
        RevisionMap map = RevisionMap.of(revisions);
        List<String> all = Graphs.ids(revisions);
        List<String> plan = new ArrayList<>(Graphs.ids(map.downgradePlan(Set.copyOf(all), "base")));
        assertThat(plan).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        Collections.reverse(plan);
        assertEachAfterWhatItNeeds(map, plan);
    }

    @Property(tries = 300)
    void headsHaveNoChildrenAndEveryOtherRevisionHasOne(@ForAll("graphs") List<RevisionHeader> revisions) {
        RevisionMap map = RevisionMap.of(revisions);
        for (RevisionHeader r : revisions) {
            assertThat(map.children(r.id()).isEmpty()).as("%s has no children", r.id())
                    .isEqualTo(map.heads().contains(r.id()));
        }
        for (String base : map.bases()) {
            assertThat(map.find(base).orElseThrow().revises()).isEmpty();
        }
        for (String realHead : map.realHeads()) {
            assertThat(map.heads()).contains(realHead);
            assertThat(revisions).noneMatch(r -> r.dependsOn().contains(realHead));
        }
    }

    @Property(tries = 300)
    void everyIdAndEveryUniquePrefixOfFourOrMoreCharactersResolvesToItsRevision(
            @ForAll("graphs") List<RevisionHeader> revisions) {
        RevisionMap map = RevisionMap.of(revisions);
        List<String> keys = new ArrayList<>(Graphs.ids(revisions));
        revisions.forEach(r -> keys.addAll(r.branchLabels()));
        for (RevisionHeader r : revisions) {
            assertThat(map.resolveOne(r.id())).isEqualTo(r);
            assertThat(map.resolve(r.id())).containsExactly(r);
            for (String label : r.branchLabels()) {
                assertThat(map.resolveOne(label)).isEqualTo(r);
            }
            for (int len = 4; len < r.id().length(); len++) {
                String prefix = r.id().substring(0, len);
                if (keys.stream().filter(k -> k.startsWith(prefix)).count() == 1) {
                    assertThat(map.resolveOne(prefix)).as("prefix %s", prefix).isEqualTo(r);
                }
            }
        }
    }

    /** Each revision comes after its parents and its dependencies (labels stand for their revision). */
    private static void assertEachAfterWhatItNeeds(RevisionMap map, List<String> oldestFirst) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            position.put(oldestFirst.get(i), i);
        }
        for (String id : oldestFirst) {
            RevisionHeader r = map.find(id).orElseThrow();
            List<String> needs = new ArrayList<>(r.revises());
            r.dependsOn().forEach(d -> needs.add(map.resolveOne(d).id()));
            for (String need : needs) {
                Integer at = position.get(need);
                if (at != null) {
                    assertThat(at).as("%s needs %s first in %s", id, need, oldestFirst).isLessThan(position.get(id));
                }
            }
        }
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 1000);
    }

    /** How one revision attaches to those made before it; decoded by {@link #decode}. */
    record Gene(String id, int parent, int merge, int dependency, boolean labelled, int position) {}

    @Provide
    Arbitrary<List<RevisionHeader>> graphs() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("abcdef0123").ofMinLength(4).ofMaxLength(7);
        Arbitrary<Integer> dice = Arbitraries.integers().between(0, 999);
        Arbitrary<Gene> gene = Combinators.combine(ids, dice, dice, dice, Arbitraries.integers().between(0, 6), dice)
                .as((id, parent, merge, dependency, label, position) ->
                        new Gene(id, parent, merge, dependency, label == 0, position));
        return gene.list().ofMinSize(1).ofMaxSize(30).uniqueElements(Gene::id).map(RevisionMapProperties::decode);
    }

    /**
     * Mostly extends a recent revision (long lines, some forks), now and then starts a new root,
     * merges two revisions, or depends on an earlier revision or on its label.
     */
    static List<RevisionHeader> decode(List<Gene> genes) {
        List<RevisionHeader> made = new ArrayList<>();
        for (int i = 0; i < genes.size(); i++) {
            Gene g = genes.get(i);
            List<String> revises = new ArrayList<>();
            if (i > 0 && g.parent() % 9 != 0) {
                revises.add(made.get(i - 1 - (g.parent() / 9) % Math.min(i, 3)).id());
                if (i > 2 && g.merge() % 6 == 0) {
                    String other = made.get(g.merge() / 6 % i).id();
                    if (!revises.contains(other)) {
                        revises.add(other);
                    }
                }
            }
            List<String> dependsOn = new ArrayList<>();
            if (i > 1 && g.dependency() % 5 == 0) {
                RevisionHeader target = made.get(g.dependency() / 5 % i);
                dependsOn.add(target.branchLabels().isEmpty() || g.dependency() % 2 == 0
                        ? target.id() : target.branchLabels().get(0));
            }
            List<String> labels = g.labelled() ? List.of("lab" + i) : List.of();
            made.add(new RevisionHeader(g.id(), revises, labels, dependsOn, "", "", null));
        }
        // load order is not creation order: file systems list files in any order
        return IntStream.range(0, made.size()).boxed()
                .sorted(Comparator.comparingInt(i -> genes.get(i).position()))
                .map(made::get)
                .toList();
    }
}
