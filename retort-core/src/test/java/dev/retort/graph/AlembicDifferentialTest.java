package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.script.RevisionHeader;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Random DAGs with branches, merges, labels and depends_on, asked the same questions of Retort
 * and of the real Alembic: heads, bases, inherited labels, identifier resolution, history
 * ranges, upgrade and downgrade order. Every answer, or the kind of error, must agree.
 */
class AlembicDifferentialTest {
    private static final int GRAPHS = 400;
    private static final String ALPHABET = "abcd0123";

    record Graph(String name, List<RevisionHeader> revisions, List<String> resolve, List<String> history,
            List<String[]> upgrade, List<String[]> downgrade) {}

    @Test
    void retortAnswersLikeAlembicOnRandomGraphs() throws IOException {
        AlembicOracle.assumeAvailable();
        Random random = new Random(20261121L);
        List<Graph> graphs = new ArrayList<>();
        for (int i = 0; i < GRAPHS; i++) {
            graphs.add(randomGraph("g" + i, random));
        }
        List<String> expected = AlembicOracle.answer(toJson(graphs));
        List<String> actual = new ArrayList<>();
        for (Graph g : graphs) {
            actual.addAll(answers(g));
        }
        assertThat(actual.size()).isEqualTo(expected.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!agrees(expected.get(i), actual.get(i))) {
                mismatches.add("alembic: " + expected.get(i) + "\n retort: " + actual.get(i));
            }
        }
        assertThat(mismatches).as("answers that differ from Alembic's (of %d)", expected.size()).isEmpty();
    }

    /** An Alembic crash (not a designed error) only requires Retort to refuse too. */
    private static boolean agrees(String alembic, String retort) {
        if (alembic.endsWith(" ERR Other")) {
            return retort.contains(" ERR ") && retort.startsWith(alembic.substring(0, alembic.length() - 9));
        }
        return alembic.equals(retort);
    }

    static Graph randomGraph(String name, Random random) {
        int n = 1 + random.nextInt(random.nextInt(5) == 0 ? 40 : 14);
        List<String> ids = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        List<RevisionHeader> revs = new ArrayList<>();
        int labelCount = 0;
        for (int i = 0; i < n; i++) {
            String id;
            do {
                StringBuilder sb = new StringBuilder();
                int len = 4 + random.nextInt(3);
                for (int k = 0; k < len; k++) {
                    sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                id = sb.toString();
            } while (!used.add(id));
            List<String> parents = new ArrayList<>();
            if (i > 0 && random.nextInt(10) != 0) {
                // mostly extend a recent revision, so that chains are long and branches happen
                int p = Math.max(0, i - 1 - random.nextInt(Math.min(i, 4)));
                parents.add(ids.get(p));
                if (i > 2 && random.nextInt(6) == 0) {
                    String other = ids.get(random.nextInt(i));
                    if (!parents.contains(other)) {
                        parents.add(other);
                    }
                }
            }
            List<String> deps = new ArrayList<>();
            if (i > 1 && random.nextInt(7) == 0) {
                deps.add(ids.get(random.nextInt(i)));
            }
            List<String> labels = new ArrayList<>();
            if (random.nextInt(8) == 0) {
                labels.add("lab" + labelCount++);
            }
            revs.add(new RevisionHeader(id, parents, labels, deps, "", "", null));
            ids.add(id);
        }
        // a dependency on a label, the way teams point at another branch
        List<RevisionHeader> labelled = revs.stream().filter(r -> !r.branchLabels().isEmpty()).toList();
        if (!labelled.isEmpty() && random.nextBoolean()) {
            RevisionHeader target = labelled.get(random.nextInt(labelled.size()));
            int at = ids.indexOf(target.id());
            if (at + 1 < n) {
                int who = at + 1 + random.nextInt(n - at - 1);
                RevisionHeader r = revs.get(who);
                if (r.dependsOn().isEmpty()) {
                    revs.set(who, r.withDependsOn(target.branchLabels().get(0)));
                }
            }
        }
        Collections.shuffle(revs, random);
        return new Graph(name, revs, questions(revs, random), ranges(ids, random),
                moves(revs, ids, random, true), moves(revs, ids, random, false));
    }

    private static List<String> questions(List<RevisionHeader> revs, Random random) {
        List<String> q = new ArrayList<>(List.of("heads", "head", "base", "-1", "-2"));
        List<String> labels = revs.stream().flatMap(r -> r.branchLabels().stream()).toList();
        for (int k = 0; k < 6; k++) {
            String id = revs.get(random.nextInt(revs.size())).id();
            q.add(id);
            q.add(id.substring(0, 1 + random.nextInt(id.length())));
            q.add(id + "@head");
        }
        for (String label : labels) {
            q.add(label);
            q.add(label + "@head");
            q.add(label + "@heads");
            q.add(label + "@-1");
            q.add(label + "@" + revs.get(random.nextInt(revs.size())).id());
        }
        return q;
    }

    private static List<String> ranges(List<String> ids, Random random) {
        List<String> r = new ArrayList<>(List.of(":", "base:heads", "-1:"));
        for (int k = 0; k < 3; k++) {
            String a = ids.get(random.nextInt(ids.size()));
            String b = ids.get(random.nextInt(ids.size()));
            r.add(a + ":");
            r.add(":" + b);
            r.add(a + ":" + b);
        }
        return r;
    }

    private static List<String[]> moves(List<RevisionHeader> revs, List<String> ids, Random random, boolean up) {
        RevisionMap map;
        try {
            map = RevisionMap.of(revs);
        } catch (GraphException e) {
            return List.of();
        }
        List<String> labels = revs.stream().flatMap(r -> r.branchLabels().stream()).toList();
        List<String[]> moves = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Set<String> applied = new TreeSet<>();
            int picks = random.nextInt(3);
            for (int p = 0; p < picks; p++) {
                applied.addAll(map.closure(ids.get(random.nextInt(ids.size()))));
            }
            String current = String.join(",", map.currentHeads(applied));
            List<String> targets = new ArrayList<>(up
                    ? List.of("heads", "head", "+1", "+2")
                    : List.of("base", "-1", "-2"));
            String some = ids.get(random.nextInt(ids.size()));
            targets.add(some);
            targets.add(some + (up ? "+1" : "-1"));
            if (!labels.isEmpty()) {
                String label = labels.get(random.nextInt(labels.size()));
                targets.add(label + (up ? "@head" : "@base"));
                targets.add(label + (up ? "@+1" : "@-1"));
            }
            for (String t : targets) {
                moves.add(new String[] {current, t});
            }
        }
        return moves;
    }

    /** Retort's answers, in oracle.py's line format and order. */
    static List<String> answers(Graph g) {
        List<String> out = new ArrayList<>();
        RevisionMap map;
        try {
            map = RevisionMap.of(g.revisions());
        } catch (GraphException e) {
            // oracle.py would fail building the map: every question errs the same way
            map = null;
        }
        RevisionMap m = map;
        out.add(line(g, "heads", () -> m.heads()));
        out.add(line(g, "realheads", () -> m.realHeads()));
        out.add(line(g, "bases", () -> m.bases()));
        for (RevisionHeader r : g.revisions()) {
            out.add(line(g, "labels:" + r.id(), () -> new TreeSet<>(m.branchLabels(r.id())).stream().toList()));
        }
        for (String q : g.resolve()) {
            out.add(line(g, "resolve:" + q, () -> Resolver.idsOf(m.resolver().revisions(q))));
        }
        for (String h : g.history()) {
            out.add(line(g, "history:" + h, () -> m.history(h).stream().map(RevisionHeader::id).toList()));
        }
        for (String[] u : g.upgrade()) {
            List<String> current = u[0].isEmpty() ? List.of() : List.of(u[0].split(","));
            out.add(line(g, "upgrade:" + u[0] + ">" + u[1], () -> Resolver.idsOf(m.upgradeFrom(current, u[1]))));
        }
        for (String[] d : g.downgrade()) {
            List<String> current = d[0].isEmpty() ? List.of() : List.of(d[0].split(","));
            out.add(line(g, "downgrade:" + d[0] + ">" + d[1], () -> Resolver.idsOf(m.downgradeFrom(current, d[1]))));
        }
        return out;
    }

    private static String line(Graph g, String question, Supplier<List<String>> answer) {
        try {
            return g.name() + " " + question + " OK " + String.join(",", answer.get());
        } catch (GraphException.MultipleHeads e) {
            return g.name() + " " + question + " ERR MultipleHeads";
        } catch (GraphException.Resolution e) {
            return g.name() + " " + question + " ERR Resolution";
        } catch (GraphException.Range e) {
            return g.name() + " " + question + " ERR Range";
        } catch (GraphException.Structure e) {
            return g.name() + " " + question + " ERR Structure";
        } catch (RuntimeException e) {
            return g.name() + " " + question + " ERR Crash " + e;
        }
    }

    static String toJson(List<Graph> graphs) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator j = new JsonFactory().createGenerator(w)) {
            j.writeStartArray();
            for (Graph g : graphs) {
                j.writeStartObject();
                j.writeStringField("name", g.name());
                j.writeArrayFieldStart("revisions");
                for (RevisionHeader r : g.revisions()) {
                    j.writeStartObject();
                    j.writeStringField("id", r.id());
                    strings(j, "revises", r.revises());
                    strings(j, "depends_on", r.dependsOn());
                    strings(j, "labels", r.branchLabels());
                    j.writeEndObject();
                }
                j.writeEndArray();
                strings(j, "resolve", g.resolve());
                strings(j, "history", g.history());
                pairs(j, "upgrade", g.upgrade());
                pairs(j, "downgrade", g.downgrade());
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

    private static void pairs(JsonGenerator j, String field, List<String[]> moves) throws IOException {
        j.writeArrayFieldStart(field);
        for (String[] m : moves) {
            j.writeStartObject();
            strings(j, "current", m[0].isEmpty() ? List.of() : List.of(m[0].split(",")));
            j.writeStringField("target", m[1]);
            j.writeEndObject();
        }
        j.writeEndArray();
    }
}
