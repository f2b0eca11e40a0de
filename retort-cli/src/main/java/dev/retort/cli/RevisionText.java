package dev.retort.cli;

import dev.retort.RevisionFormat;
import dev.retort.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Alembic's text forms of a revision (Script.cmd_format and log_entry), so Alembic users feel at home. */
final class RevisionText {
    private final GraphView graph;
    private final CliContext ctx;
    private final Map<String, String> marks;

    RevisionText(GraphView graph, CliContext ctx) {
        this(graph, ctx, Map.of());
    }

    /** {@code marks}: text shown after the head markers of some revisions, e.g. "current" (history -i). */
    RevisionText(GraphView graph, CliContext ctx, Map<String, String> marks) {
        this.graph = graph;
        this.ctx = ctx;
        this.marks = Map.copyOf(marks);
    }

    /** What to add to the id; Alembic's keyword arguments of _head_only. */
    record Parts(boolean branches, boolean doc, boolean parents, boolean treeIndicators) {
        static final Parts HEADS = new Parts(true, false, false, false);
        static final Parts HISTORY = new Parts(true, true, true, true);
        static final Parts BRANCH_POINT = new Parts(true, false, false, true);
        static final Parts GRAPH = new Parts(true, true, false, true);
    }

    /** One line: {@code a -> b (label) (head) (mergepoint), message}. */
    String line(RevisionInfo r, Parts parts) {
        StringBuilder text = new StringBuilder();
        if (parts.parents()) {
            text.append(parentText(r));
            if (!r.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", r.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(r.id());
        List<String> labels = graph.labels(r);
        if (parts.branches() && !labels.isEmpty()) {
            text.append(" (").append(String.join(", ", labels)).append(')');
        }
        if (graph.isRealHead(r)) {
            text.append(" (head)");
        } else if (graph.isHead(r)) {
            text.append(" (effective head)");
        }
        if (marks.containsKey(r.id())) {
            text.append(" (").append(marks.get(r.id())).append(')');
        }
        if (parts.treeIndicators()) {
            if (graph.isBranchPoint(r)) {
                text.append(" (branchpoint)");
            }
            if (graph.isMergePoint(r)) {
                text.append(" (mergepoint)");
            }
        }
        if (parts.doc()) {
            text.append(", ").append(parts == Parts.GRAPH ? doc(r).replace('\n', ' ') : doc(r));
        }
        return text.toString();
    }

    /** The verbose block, ending with an empty line. */
    List<String> entry(RevisionInfo r) {
        List<String> lines = new ArrayList<>();
        lines.add("Rev: " + r.id() + (graph.isHead(r) ? " (head)" : "") + (graph.isBranchPoint(r) ? " (branchpoint)" : "")
                + (graph.isMergePoint(r) ? " (mergepoint)" : ""));
        lines.add((graph.isMergePoint(r) ? "Merges: " : "Parent: ") + parentText(r));
        if (!r.dependsOn().isEmpty()) {
            lines.add("Also depends on: " + String.join(", ", r.dependsOn()));
        }
        if (graph.isBranchPoint(r)) {
            lines.add("Branches into: " + String.join(", ", graph.children(r)));
        }
        if (!graph.labels(r).isEmpty()) {
            lines.add("Branch names: " + String.join(", ", graph.labels(r)));
        }
        lines.add("Path: " + (r.path() == null ? "" : ctx.display(r.path())));
        lines.add("");
        for (String line : r.message().split("\n", -1)) {
            lines.add(line.isEmpty() ? "" : "    " + line);
        }
        if (!r.createDate().isBlank() && !r.message().contains("Create Date:")) {
            // Alembic prints the docstring, whose last line is the date; every format has one
            if (!r.message().isEmpty()) {
                lines.add("");
            }
            lines.add("    Create Date: " + r.createDate());
        }
        lines.add("");
        return lines;
    }

    static String parentText(RevisionInfo r) {
        return r.revises().isEmpty() ? "<base>" : String.join(", ", r.revises());
    }

    /**
     * The first paragraph of the message. Alembic's history prints an Alembic revision's as
     * written, line breaks included, so this does too; SQL and Java messages stay on one line.
     */
    static String doc(RevisionInfo r) {
        String message = r.message();
        int blank = message.indexOf("\n\n");
        String paragraph = blank < 0 ? message : message.substring(0, blank);
        boolean alembic = r.format() == RevisionFormat.ALEMBIC;
        return alembic ? paragraph : paragraph.replace('\n', ' ');
    }
}
