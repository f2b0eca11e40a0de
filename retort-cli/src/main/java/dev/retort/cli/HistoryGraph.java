package dev.retort.cli;

import dev.retort.RevisionInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Draws a revision list (children before parents, as history gives it) the way
 * {@code git log --graph} does: one lane per line of descent, '*' for a revision, '|' for a lane
 * passing by, '\' where a merge opens lanes and '/' (with '_' to cross lanes) where lanes join.
 */
final class HistoryGraph {
    private HistoryGraph() {}

    static List<String> render(List<RevisionInfo> order, Function<RevisionInfo, List<String>> text) {
        Set<String> shown = new HashSet<>();
        for (RevisionInfo r : order) {
            shown.add(r.id());
        }
        Set<String> printed = new HashSet<>();
        List<String> lanes = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (RevisionInfo r : order) {
            int col = lanes.indexOf(r.id());
            if (col < 0) {
                lanes.add(r.id());
                col = lanes.size() - 1;
            }
            // Join duplicate lanes pairwise from the right, each into its nearest twin, as git does.
            for (int j = lanes.lastIndexOf(r.id()); j > col; j = lanes.lastIndexOf(r.id())) {
                out.add(join(lanes.size(), lanes.subList(0, j).lastIndexOf(r.id()), j));
                lanes.remove(j);
            }
            printed.add(r.id());
            List<String> parents = new ArrayList<>();
            for (String p : r.revises()) {
                if (shown.contains(p) && !printed.contains(p) && !parents.contains(p)) {
                    parents.add(p);
                }
            }
            List<String> lines = text.apply(r);
            for (int i = 0; i < lines.size(); i++) {
                String mark = i == 0 ? "*" : parents.isEmpty() ? " " : "|";
                out.add(strip(row(lanes.size(), col, mark) + " " + lines.get(i)));
            }
            if (parents.isEmpty()) {
                if (col < lanes.size() - 1) {
                    out.add(close(lanes.size(), col));
                }
                lanes.remove(col);
                continue;
            }
            lanes.set(col, parents.get(0));
            for (int p = parents.size() - 1; p >= 1; p--) {
                out.add(split(lanes.size(), col));
                lanes.add(col + 1, parents.get(p));
            }
        }
        return out;
    }

    private static String row(int lanes, int col, String mark) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lanes; i++) {
            s.append(i == 0 ? "" : " ").append(i == col ? mark : "|");
        }
        return s.toString();
    }

    // Lane j joins lane col (col < j); lanes right of j move one to the left.
    private static String join(int lanes, int col, int j) {
        char[] s = blank(lanes);
        for (int i = 0; i < j; i++) {
            s[2 * i] = '|';
            if (i >= col && i < j - 1) {
                s[2 * i + 1] = '_';
            }
        }
        for (int k = j; k < lanes; k++) {
            s[2 * k - 1] = '/';
        }
        return strip(new String(s));
    }

    // A root ended lane col; lanes right of it move one to the left.
    private static String close(int lanes, int col) {
        char[] s = blank(lanes);
        for (int i = 0; i < col; i++) {
            s[2 * i] = '|';
        }
        for (int k = col + 1; k < lanes; k++) {
            s[2 * k - 1] = '/';
        }
        return strip(new String(s));
    }

    // A merge opens a lane right of col; lanes right of col move one to the right.
    private static String split(int lanes, int col) {
        char[] s = blank(lanes + 1);
        for (int i = 0; i <= col; i++) {
            s[2 * i] = '|';
        }
        s[2 * col + 1] = '\\';
        for (int k = col + 1; k < lanes; k++) {
            s[2 * k + 1] = '\\';
        }
        return strip(new String(s));
    }

    private static char[] blank(int lanes) {
        char[] s = new char[Math.max(1, 2 * lanes)];
        java.util.Arrays.fill(s, ' ');
        return s;
    }

    private static String strip(String s) {
        return s.stripTrailing();
    }
}
