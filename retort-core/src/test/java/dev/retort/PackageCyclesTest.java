package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the core's packages point one way (docs/architecture.md, "Layering"): no
 * package of retort-core's main code reaches, through imports or names written out in full, a
 * package that reaches it back. A failure prints each cycle with the class references behind it.
 *
 * <p>The API package {@code dev.retort} is by design both the vocabulary every layer speaks
 * ({@code RetortException}, the {@code Operation} model, {@code MigrationListener}) and the facade
 * on top of them all (DESIGN §10: the public API is one package). So it is seen class by class: a
 * cycle through it must run through its classes (the engine reaching {@code MigrationListener},
 * which reaches back into the engine, fails), and a class there that internal packages use must
 * not itself lean on what uses it.
 */
class PackageCyclesTest {
    private static final Path MAIN = Path.of("src/main/java");
    static final String API = "dev.retort";

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    // a reference to a type of the project: dev.retort[.sub...].Type (imports, static imports, qualified names)
    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.retort((?:\\.[a-z_]\\w*)*)\\.([A-Z]\\w*|\\*)");
    private static final Pattern SIMPLE_NAME = Pattern.compile("\\b[A-Z]\\w*\\b");
    private static final Pattern HEADER = Pattern.compile("(?m)^\\s*(package|import)\\b[^;]*;");

    @Test
    void mainPackagesHaveNoCycles() throws IOException {
        assertThat(MAIN.resolve("dev/retort/Retort.java")).exists();
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put(MAIN.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        Graph g = Graph.of(sources);
        assertThat(g.edges()).as("the scan sees the layers").containsKey("dev.retort.engine");
        assertThat(g.cycles()).as("package cycles in retort-core/src/main (break them; see docs/architecture.md, Layering)")
                .isEmpty();
    }

    @Test
    void aCycleBetweenTwoPackagesIsFoundAndPrinted() {
        Graph g = Graph.of(Map.of(
                "dev/retort/a/A.java", "package dev.retort.a;\nimport dev.retort.b.B;\nclass A { B b; }",
                "dev/retort/b/B.java", "package dev.retort.b;\nclass B { dev.retort.a.A a; // dev.retort.c.C in a comment\n}",
                "dev/retort/c/C.java", "package dev.retort.c;\nimport dev.retort.a.A;\nclass C { String s = \"dev.retort.c.C\"; }"));
        assertThat(g.cycles()).containsExactly(
                "dev.retort.a -> dev.retort.b (A -> B) -> dev.retort.a (B -> A)");
    }

    @Test
    void theApiPackageIsSeenClassByClass() {
        Map<String, String> layered = new HashMap<>(Map.of(
                "dev/retort/Facade.java", "package dev.retort;\nimport dev.retort.engine.Engine;\nclass Facade { Engine e; Failure f; }",
                "dev/retort/Failure.java", "package dev.retort;\nclass Failure {}",
                "dev/retort/engine/Engine.java", "package dev.retort.engine;\nimport dev.retort.Failure;\nclass Engine { Failure f; }"));
        assertThat(Graph.of(layered).cycles()).as("facade above, vocabulary below: no cycle").isEmpty();

        layered.put("dev/retort/Failure.java", "package dev.retort;\nclass Failure { Facade f; }");
        assertThat(Graph.of(layered).cycles()).as("vocabulary leaning on the facade")
                .containsExactly("dev.retort.Facade -> dev.retort.engine (Facade -> Engine) -> dev.retort.Failure (Engine -> Failure)"
                        + " -> dev.retort.Facade (Failure -> Facade)");
    }

    @Test
    void classesOfOnePackageMayReferToEachOther() {
        Graph g = Graph.of(Map.of(
                "dev/retort/Migration.java", "package dev.retort;\nclass Migration { Recorder r; }",
                "dev/retort/Recorder.java", "package dev.retort;\nclass Recorder { Migration m; }",
                "dev/retort/x/X.java", "package dev.retort.x;\nclass X { Y y; }",
                "dev/retort/x/Y.java", "package dev.retort.x;\nclass Y { X x; }"));
        assertThat(g.cycles()).isEmpty();
    }

    /**
     * Nodes are packages, except that each class of the API package is a node of its own; an edge
     * remembers the class references ("From -> To") that make it.
     */
    record Graph(Map<String, Map<String, Set<String>>> edges, Map<String, String> packageOf) {

        static Graph of(Map<String, String> sources) {
            Map<String, String> code = new TreeMap<>();
            Set<String> packages = new TreeSet<>();
            Set<String> apiClasses = new TreeSet<>();
            for (var e : sources.entrySet()) {
                String text = withoutCommentsAndLiterals(e.getValue());
                Matcher p = PACKAGE.matcher(text);
                String pkg = p.find() ? p.group(1) : "";
                packages.add(pkg);
                if (pkg.equals(API) && !className(e.getKey()).equals("package-info")) {
                    apiClasses.add(className(e.getKey()));
                }
                code.put(e.getKey(), text);
            }
            Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
            Map<String, String> packageOf = new HashMap<>();
            for (var e : code.entrySet()) {
                String text = e.getValue();
                Matcher p = PACKAGE.matcher(text);
                String pkg = p.find() ? p.group(1) : "";
                String cls = className(e.getKey());
                String from = node(pkg, cls);
                packageOf.put(from, pkg);
                Matcher m = QUALIFIED.matcher(text);
                while (m.find()) {
                    String target = API + m.group(1);
                    if (!packages.contains(target) || target.equals(pkg) && !pkg.equals(API)) {
                        continue;
                    }
                    List<String> types = m.group(2).equals("*") && target.equals(API)
                            ? List.copyOf(apiClasses) : List.of(m.group(2));
                    for (String type : types) {
                        add(edges, packageOf, from, pkg, target, type, cls);
                    }
                }
                if (pkg.equals(API)) {
                    // the API package's classes name each other without imports
                    Matcher n = SIMPLE_NAME.matcher(HEADER.matcher(text).replaceAll(""));
                    while (n.find()) {
                        if (apiClasses.contains(n.group())) {
                            add(edges, packageOf, from, pkg, API, n.group(), cls);
                        }
                    }
                }
            }
            return new Graph(edges, packageOf);
        }

        private static void add(Map<String, Map<String, Set<String>>> edges, Map<String, String> packageOf, String from,
                String fromPackage, String targetPackage, String type, String cls) {
            String to = node(targetPackage, type);
            if (to.equals(from)) {
                return;
            }
            packageOf.put(to, targetPackage);
            edges.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>())
                    .add(cls + " -> " + (type.equals("*") ? targetPackage + ".*" : type));
        }

        private static String node(String pkg, String cls) {
            return pkg.equals(API) ? API + "." + cls : pkg;
        }

        private static String className(String file) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            return name.substring(0, name.length() - ".java".length());
        }

        /**
         * One line per group of nodes that reach each other across packages: its shortest cycle
         * that crosses packages, each step with the first class reference behind it, and the rest
         * of the group when the cycle does not show all of it.
         */
        List<String> cycles() {
            List<String> out = new ArrayList<>();
            for (List<String> component : components()) {
                if (component.stream().map(packageOf::get).distinct().count() < 2) {
                    continue; // classes of one package referring to each other
                }
                List<String> cycle = shortestCycle(Set.copyOf(component));
                StringBuilder sb = new StringBuilder(cycle.get(0));
                for (int i = 1; i < cycle.size(); i++) {
                    String why = edges.get(cycle.get(i - 1)).get(cycle.get(i)).iterator().next();
                    sb.append(" -> ").append(cycle.get(i)).append(" (").append(why).append(")");
                }
                List<String> rest = component.stream().filter(v -> !cycle.contains(v)).toList();
                if (!rest.isEmpty()) {
                    sb.append("; also in this cycle: ").append(String.join(", ", rest));
                }
                out.add(sb.toString());
            }
            return out;
        }

        /** The shortest cycle within {@code component} through an edge between two packages, first node repeated last. */
        private List<String> shortestCycle(Set<String> component) {
            List<String> best = null;
            for (String u : new TreeSet<>(component)) {
                for (String w : edges.getOrDefault(u, Map.of()).keySet()) {
                    if (!component.contains(w) || packageOf.get(u).equals(packageOf.get(w))) {
                        continue;
                    }
                    List<String> back = path(w, u, component);
                    if (best == null || back.size() + 1 < best.size()) {
                        best = new ArrayList<>(List.of(u));
                        best.addAll(back);
                    }
                }
            }
            return best;
        }

        /** A shortest path from {@code from} to {@code to} (both included) inside {@code within}. */
        private List<String> path(String from, String to, Set<String> within) {
            Map<String, String> parent = new HashMap<>();
            Deque<String> queue = new ArrayDeque<>(List.of(from));
            parent.put(from, from);
            while (!queue.isEmpty() && !parent.containsKey(to)) {
                String v = queue.removeFirst();
                for (String w : edges.getOrDefault(v, Map.of()).keySet()) {
                    if (within.contains(w) && !parent.containsKey(w)) {
                        parent.put(w, v);
                        queue.addLast(w);
                    }
                }
            }
            List<String> path = new ArrayList<>(List.of(to));
            for (String v = to; !v.equals(from); v = parent.get(v)) {
                path.add(0, parent.get(v));
            }
            return path;
        }

        /** Tarjan's strongly connected components with more than one node, each sorted. */
        private List<List<String>> components() {
            Set<String> nodes = new TreeSet<>(edges.keySet());
            edges.values().forEach(m -> nodes.addAll(m.keySet()));
            Map<String, Integer> index = new HashMap<>();
            Map<String, Integer> low = new HashMap<>();
            Deque<String> stack = new ArrayDeque<>();
            Set<String> onStack = new HashSet<>();
            List<List<String>> out = new ArrayList<>();
            for (String v : nodes) {
                if (!index.containsKey(v)) {
                    connect(v, index, low, stack, onStack, out);
                }
            }
            return out;
        }

        private void connect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                Set<String> onStack, List<List<String>> out) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.push(v);
            onStack.add(v);
            for (String w : edges.getOrDefault(v, Map.of()).keySet()) {
                if (!index.containsKey(w)) {
                    connect(w, index, low, stack, onStack, out);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> component = new ArrayList<>();
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                if (component.size() > 1) {
                    component.sort(null);
                    out.add(component);
                }
            }
        }
    }

    /** The source with comments, string and character literals and text blocks blanked (line breaks kept). */
    static String withoutCommentsAndLiterals(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        while (i < src.length()) {
            char ch = src.charAt(i);
            int end;
            if (src.startsWith("//", i)) {
                end = src.indexOf('\n', i);
                end = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
            } else if (ch == '"' || ch == '\'') {
                String close = src.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(ch);
                int j = i + close.length();
                while (j < src.length() && !src.startsWith(close, j)) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                end = Math.min(j + close.length(), src.length());
            } else {
                out.append(ch);
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(src.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }
}
