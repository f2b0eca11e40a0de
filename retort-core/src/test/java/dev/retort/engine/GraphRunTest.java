package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.MigrationListener;
import dev.retort.graph.RevisionMap;
import dev.retort.script.RevisionHeader;
import dev.retort.support.Plans;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Upgrade and downgrade through a graph with branches, a merge and a depends_on edge, in the
 * graph's order, with relative and label targets, stamp and purge, on each database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphRunTest {
    private final TestDatabases databases = new TestDatabases(GraphRunTest.class);

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    // r0 -> a1 (alpha) -> a2 -> m (merge of a2, b1) -> x1;  r0 -> b1 (beta);  r0 -> d1 (delta, depends on a1)
    private static final List<RevisionHeader> GRAPH = List.of(
            RevisionHeader.of("r0"),
            RevisionHeader.of("a1", "r0").withLabels("alpha"),
            RevisionHeader.of("a2", "a1"),
            RevisionHeader.of("b1", "r0").withLabels("beta"),
            RevisionHeader.of("m", "a2", "b1"),
            RevisionHeader.of("x1", "m"),
            RevisionHeader.of("d1", "r0").withLabels("delta").withDependsOn("a1"));

    private static Map<String, RevisionScript> scripts() {
        Map<String, RevisionScript> out = new LinkedHashMap<>();
        for (RevisionHeader r : GRAPH) {
            RevisionScript s = Plans.script(r.id(), null, "CREATE TABLE g_" + r.id() + " (x INTEGER);",
                    "DROP TABLE g_" + r.id() + ";");
            out.put(r.id(), new RevisionScript(r, s.upgradeSql(), s.upgradeLine(), s.downgradeSql(), s.downgradeLine(),
                    s.mode(), s.checksum()));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void roundTripsRelativeAndLabelTargetsStampAndPurge(Kind kind) throws Exception {
        Db db = databases.get(kind);
        RevisionMap map = RevisionMap.of(GRAPH);
        Map<String, RevisionScript> scripts = scripts();
        VersionTableNames names = new VersionTableNames(null, "graph_version");
        Migrator m = new Migrator(db.dialect(), db.opener(), names, EngineSettings.defaults(), MigrationListener.NONE);
        Migrator.ScriptLookup lookup = GraphPlans.lookup(scripts);

        List<String> up = m.upgrade(GraphPlans.upgrade(map, scripts, "heads"), lookup).revisions();
        assertThat(up).containsExactlyInAnyOrder("r0", "a1", "a2", "b1", "m", "x1", "d1");
        assertGraphOrder(up, false);
        assertThat(tables(db)).hasSize(7);

        List<String> down = m.downgrade(GraphPlans.downgrade(map, scripts, "base")).revisions();
        assertThat(down).hasSize(7);
        assertGraphOrder(down, true);
        assertThat(tables(db)).isEmpty();
        assertThat(m.upgrade(GraphPlans.upgrade(map, scripts, "heads"), lookup).revisions()).hasSize(7);
        m.downgrade(GraphPlans.downgrade(map, scripts, "base"));

        assertThat(m.upgrade(GraphPlans.upgrade(map, scripts, "a1"), lookup).revisions()).containsExactly("r0", "a1");
        assertThat(m.upgrade(GraphPlans.upgrade(map, scripts, "+1"), lookup).revisions()).containsExactly("a2");
        assertThat(m.downgrade(GraphPlans.downgrade(map, scripts, "-1")).revisions()).containsExactly("a2");
        assertThat(m.upgrade(GraphPlans.upgrade(map, scripts, "beta@head"), lookup).revisions()).containsExactlyInAnyOrder("a2", "b1", "m", "x1");
        assertThat(m.upgrade(GraphPlans.upgrade(map, scripts, "delta@head"), lookup).revisions()).containsExactly("d1");

        m.stamp(GraphPlans.stamp(map, scripts, List.of("heads")), true);
        assertThat(m.applied()).hasSize(7);
        assertThat(m.applied().stream().filter(r -> r.kind() == AppliedRevision.Kind.STAMPED).map(AppliedRevision::id))
                .contains("x1");
        m.stamp(GraphPlans.stamp(map, scripts, List.of("base")), false);
        assertThat(m.applied()).isEmpty();
    }

    /** Every revision comes after its parents and dependencies (or before, for a downgrade). */
    private static void assertGraphOrder(List<String> order, boolean reversed) {
        List<String> o = new ArrayList<>(order);
        if (reversed) {
            java.util.Collections.reverse(o);
        }
        for (RevisionHeader r : GRAPH) {
            for (String before : concat(r.revises(), r.dependsOn())) {
                assertThat(o.indexOf(before)).as(before + " before " + r.id()).isLessThan(o.indexOf(r.id()));
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> tables(Db db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (RevisionHeader r : GRAPH) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM g_" + r.id() + " WHERE 1 = 0")) {
                    out.add(r.id());
                } catch (java.sql.SQLException absent) {
                    // not there
                }
            }
        }
        return out;
    }
}
