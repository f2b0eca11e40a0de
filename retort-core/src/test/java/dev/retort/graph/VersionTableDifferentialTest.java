package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.script.RevisionHeader;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sequences of upgrades and downgrades from an empty database, replayed by Retort (applied
 * revisions, {@link RevisionMap#upgradePlan}, {@link RevisionMap#downgradePlan},
 * {@link RevisionMap#currentHeads}) and by the real Alembic (its upgrade/downgrade walk and
 * version-table bookkeeping, in resources/alembic/version_table.py). After every move the
 * revisions run, in order, and the heads of the database must agree, or both refuse the move
 * with the same kind of error.
 */
class VersionTableDifferentialTest {
    private static final int GRAPHS = 300;
    private static final int MOVES = 12;

    record Move(boolean up, String target) {}

    record Scenario(String name, List<RevisionHeader> revisions, List<Move> moves) {}

    @Test
    void upgradeAndDowngradeSequencesAgreeWithAlembic() throws IOException {
        AlembicOracle.assumeAvailable();
        Random random = new Random(20261122L);
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < GRAPHS; i++) {
            List<RevisionHeader> revisions = AlembicDifferentialTest.randomGraph("v" + i, random).revisions();
            if (buildable(revisions)) {
                scenarios.add(new Scenario("v" + i, List.copyOf(revisions), moves(revisions, random)));
            }
        }
        Map<String, String> expected = new HashMap<>();
        for (String line : AlembicOracle.answer("version_table.py", toJson(scenarios))) {
            String[] parts = line.split(" ", 3);
            expected.put(parts[0] + " " + parts[1], parts[2]);
        }
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int succeeded = 0;
        for (Scenario s : scenarios) {
            RevisionMap map = RevisionMap.of(s.revisions());
            Set<String> applied = new HashSet<>();
            for (int i = 0; i < s.moves().size(); i++) {
                String key = s.name() + " m" + i;
                String alembic = expected.get(key);
                if (alembic == null || alembic.equals("STOP")) {
                    break;
                }
                String retort = replay(map, applied, s.moves().get(i));
                compared++;
                succeeded += retort.startsWith("OK") ? 1 : 0;
                if (!agrees(alembic, retort)) {
                    mismatches.add(key + " " + s.moves().get(i) + " graph " + s.revisions()
                            + "\n alembic: " + alembic + "\n  retort: " + retort);
                    break;
                }
            }
        }
        assertThat(mismatches).as("moves where Retort and Alembic differ (of %d)", compared).isEmpty();
        // guard against a vacuous pass: most moves must run, not just fail alike
        assertThat(compared).isGreaterThan(GRAPHS * MOVES / 2);
        assertThat(succeeded).isGreaterThan(compared / 2);
    }

    /** Runs one move on {@code applied} (changed in place) and answers in version_table.py's format. */
    private static String replay(RevisionMap map, Set<String> applied, Move move) {
        List<RevisionHeader> run;
        try {
            run = move.up() ? map.upgradePlan(applied, move.target()) : map.downgradePlan(applied, move.target());
        } catch (GraphException e) {
            return "ERR " + e.getClass().getSimpleName();
        }
        for (RevisionHeader r : run) {
            if (move.up()) {
                applied.add(r.id());
            } else {
                applied.remove(r.id());
            }
        }
        List<String> heads = new ArrayList<>(map.currentHeads(applied));
        heads.sort(null);
        return "OK " + String.join(",", Graphs.ids(run)) + " | " + String.join(",", heads);
    }

    /** An Alembic crash (not a designed error) only requires Retort to refuse too. */
    private static boolean agrees(String alembic, String retort) {
        return alembic.equals(retort) || alembic.equals("ERR Other") && retort.startsWith("ERR ");
    }

    private static boolean buildable(List<RevisionHeader> revisions) {
        try {
            RevisionMap.of(revisions);
            return true;
        } catch (GraphException e) {
            return false;
        }
    }

    private static List<Move> moves(List<RevisionHeader> revisions, Random random) {
        List<String> labels = revisions.stream().flatMap(r -> r.branchLabels().stream()).toList();
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < MOVES; i++) {
            boolean up = i == 0 || random.nextInt(5) < 3;
            String id = revisions.get(random.nextInt(revisions.size())).id();
            String label = labels.isEmpty() ? null : labels.get(random.nextInt(labels.size()));
            List<String> targets = new ArrayList<>(up
                    ? List.of("heads", "head", "+1", "+2", id, id, id + "+1", id.substring(0, 4))
                    : List.of("base", "-1", "-2", id, id, id + "-1"));
            if (label != null) {
                targets.addAll(up
                        ? List.of(label + "@head", label + "@+1", label + "@" + id)
                        : List.of(label + "@base", label + "@-1", label + "@" + id));
            }
            moves.add(new Move(up, targets.get(random.nextInt(targets.size()))));
        }
        return moves;
    }

    private static String toJson(List<Scenario> scenarios) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator j = new JsonFactory().createGenerator(w)) {
            j.writeStartArray();
            for (Scenario s : scenarios) {
                j.writeStartObject();
                j.writeStringField("name", s.name());
                j.writeArrayFieldStart("revisions");
                for (RevisionHeader r : s.revisions()) {
                    j.writeStartObject();
                    j.writeStringField("id", r.id());
                    strings(j, "revises", r.revises());
                    strings(j, "depends_on", r.dependsOn());
                    strings(j, "labels", r.branchLabels());
                    j.writeEndObject();
                }
                j.writeEndArray();
                j.writeArrayFieldStart("moves");
                for (Move m : s.moves()) {
                    j.writeStartObject();
                    j.writeBooleanField("up", m.up());
                    j.writeStringField("target", m.target());
                    j.writeEndObject();
                }
                j.writeEndArray();
                j.writeEndObject();
            }
            j.writeEndArray();
        }
        return w.toString();
    }

    private static void strings(JsonGenerator j, String field, List<String> values) throws IOException {
        j.writeArrayFieldStart(field);
        for (String v : values) {
            j.writeString(v);
        }
        j.writeEndArray();
    }
}
