package dev.retort.doctor.repair;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders file changes as a unified diff with git's headers (renames, new files), so the output of
 * {@code doctor --fix} can be reviewed, or fed to {@code git apply}. Lines keep their own endings.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Beyond this many differing lines, a changed region is shown as replaced wholesale. */
    private static final int MAX_EDIT_DISTANCE = 2000;

    private UnifiedDiff() {}

    static String render(List<FileChange> changes, Path base) {
        StringBuilder out = new StringBuilder();
        for (FileChange c : changes) {
            String to = relative(base, c.to());
            String from = c.created() ? to : relative(base, c.from());
            out.append("diff --git a/").append(from).append(" b/").append(to).append('\n');
            if (c.created()) {
                out.append("new file mode 100644\n");
            } else if (c.renamed()) {
                out.append("rename from ").append(from).append('\n').append("rename to ").append(to).append('\n');
            }
            if (c.edited()) {
                out.append("--- ").append(c.created() ? "/dev/null" : "a/" + from).append('\n');
                out.append("+++ b/").append(to).append('\n');
                hunks(lines(c.before() == null ? "" : c.before()), lines(c.after()), out);
            }
        }
        return out.toString();
    }

    public static String relative(Path base, Path p) {
        return dev.retort.report.ReportPaths.relative(base, p);
    }

    /** Splits after each line terminator, keeping it. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    private enum Op { KEEP, DEL, ADD }

    private record Step(Op op, String line) {}

    private static void hunks(List<String> a, List<String> b, StringBuilder out) {
        List<Step> steps = script(a, b);
        int i = 0;
        while (i < steps.size()) {
            if (steps.get(i).op == Op.KEEP) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int keeps = 0;
            while (end < steps.size() && keeps <= 2 * CONTEXT) {
                keeps = steps.get(end).op == Op.KEEP ? keeps + 1 : 0;
                end++;
            }
            end -= Math.max(0, keeps - CONTEXT);
            writeHunk(steps, start, end, out);
            i = end;
        }
    }

    private static void writeHunk(List<Step> steps, int start, int end, StringBuilder out) {
        int oldLine = 1;
        int newLine = 1;
        for (int k = 0; k < start; k++) {
            if (steps.get(k).op != Op.ADD) {
                oldLine++;
            }
            if (steps.get(k).op != Op.DEL) {
                newLine++;
            }
        }
        int oldCount = 0;
        int newCount = 0;
        for (int k = start; k < end; k++) {
            oldCount += steps.get(k).op != Op.ADD ? 1 : 0;
            newCount += steps.get(k).op != Op.DEL ? 1 : 0;
        }
        out.append("@@ -").append(range(oldLine, oldCount)).append(" +").append(range(newLine, newCount)).append(" @@\n");
        for (int k = start; k < end; k++) {
            Step s = steps.get(k);
            out.append(s.op == Op.KEEP ? ' ' : s.op == Op.DEL ? '-' : '+').append(s.line);
            if (!s.line.endsWith("\n") && !s.line.endsWith("\r")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int line, int count) {
        return count == 1 ? String.valueOf(line) : (count == 0 ? line - 1 : line) + "," + count;
    }

    /** The edit script: common prefix and suffix, and Myers' shortest script for the middle. */
    private static List<Step> script(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Step> steps = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            steps.add(new Step(Op.KEEP, a.get(k)));
        }
        steps.addAll(myers(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix)));
        for (int k = a.size() - suffix; k < a.size(); k++) {
            steps.add(new Step(Op.KEEP, a.get(k)));
        }
        return steps;
    }

    private static List<Step> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, MAX_EDIT_DISTANCE);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) {
            List<Step> all = new ArrayList<>();
            a.forEach(l -> all.add(new Step(Op.DEL, l)));
            b.forEach(l -> all.add(new Step(Op.ADD, l)));
            return all;
        }
        List<Step> steps = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] pv = trace.get(d);
            int k = x - y;
            int prevK = (k == -d || (k != d && pv[offset + k - 1] < pv[offset + k + 1])) ? k + 1 : k - 1;
            int prevX = pv[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                steps.add(new Step(Op.KEEP, a.get(--x)));
                y--;
            }
            if (x == prevX) {
                steps.add(new Step(Op.ADD, b.get(--y)));
            } else {
                steps.add(new Step(Op.DEL, a.get(--x)));
            }
        }
        while (x > 0 && y > 0) {
            steps.add(new Step(Op.KEEP, a.get(--x)));
            y--;
        }
        java.util.Collections.reverse(steps);
        return steps;
    }
}
