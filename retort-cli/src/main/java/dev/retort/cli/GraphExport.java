package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.RevisionInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The revision graph as Mermaid or Graphviz DOT text: parent -> child edges, dashed depends_on edges. */
final class GraphExport {
    private GraphExport() {}

    /** {@code oldestFirst}: revisions with parents before children. */
    static String mermaid(List<RevisionInfo> oldestFirst, GraphView graph, RevisionText text) {
        Map<String, String> node = new HashMap<>();
        StringBuilder out = new StringBuilder("flowchart TD\n");
        for (RevisionInfo r : oldestFirst) {
            String name = "r" + node.size();
            node.put(r.id(), name);
            out.append("    ").append(name).append("[\"").append(mermaidText(label(r, text))).append("\"]\n");
        }
        for (RevisionInfo r : oldestFirst) {
            for (String p : r.revises()) {
                if (node.containsKey(p)) {
                    out.append("    ").append(node.get(p)).append(" --> ").append(node.get(r.id())).append('\n');
                }
            }
            for (String d : dependencies(r, graph)) {
                if (node.containsKey(d)) {
                    out.append("    ").append(node.get(d)).append(" -.-> ").append(node.get(r.id())).append('\n');
                }
            }
        }
        return out.toString();
    }

    static String dot(List<RevisionInfo> oldestFirst, GraphView graph, RevisionText text) {
        StringBuilder out = new StringBuilder("digraph retort {\n    node [shape=box];\n");
        for (RevisionInfo r : oldestFirst) {
            out.append("    ").append(dotString(r.id())).append(" [label=").append(dotString(label(r, text))).append("];\n");
        }
        for (RevisionInfo r : oldestFirst) {
            for (String p : r.revises()) {
                out.append("    ").append(dotString(p)).append(" -> ").append(dotString(r.id())).append(";\n");
            }
            for (String d : dependencies(r, graph)) {
                out.append("    ").append(dotString(d)).append(" -> ").append(dotString(r.id())).append(" [style=dashed];\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String label(RevisionInfo r, RevisionText text) {
        String head = text.line(r, RevisionText.Parts.HEADS);
        String doc = RevisionText.doc(r);
        return doc.isEmpty() ? head : head + "\n" + doc;
    }

    // depends_on may name a label or a prefix; draw the edge to the revision it resolves to.
    private static List<String> dependencies(RevisionInfo r, GraphView graph) {
        return r.dependsOn().stream().map(d -> {
            try {
                return graph.map().resolveOne(d).map(RevisionInfo::id).orElse(d);
            } catch (RetortException e) {
                return d;
            }
        }).toList();
    }

    private static String mermaidText(String s) {
        return s.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;").replace("\n", "<br/>");
    }

    private static String dotString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
