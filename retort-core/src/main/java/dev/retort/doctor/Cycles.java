package dev.retort.doctor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the loops among revises edges: Tarjan's strongly connected components, iteratively so a
 * long chain cannot overflow the stack, then one concrete loop per component to show the user.
 */
public final class Cycles {
    private final List<String> ids = new ArrayList<>();
    private final int[][] parents;

    public Cycles(Analysis a) {
        Map<String, Integer> index = new HashMap<>();
        for (ScriptFile f : a.revisions) {
            index.put(f.id(), ids.size());
            ids.add(f.id());
        }
        parents = new int[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            List<String> ps = a.existingParents(ids.get(i));
            parents[i] = new int[ps.size()];
            for (int k = 0; k < ps.size(); k++) {
                parents[i][k] = index.get(ps.get(k));
            }
        }
    }

    /** Each loop as ids in revises order, starting and ending with its smallest id. */
    public List<List<String>> find() {
        List<List<String>> loops = new ArrayList<>();
        for (int[] component : components()) {
            if (component.length > 1 || contains(parents[component[0]], component[0])) {
                loops.add(loop(component));
            }
        }
        loops.sort(java.util.Comparator.comparing(l -> l.get(0)));
        return loops;
    }

    private List<int[]> components() {
        int n = ids.size();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] edge = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int sp = 0;
        int counter = 0;
        List<int[]> result = new ArrayList<>();
        Deque<Integer> call = new ArrayDeque<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            call.push(root);
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (!call.isEmpty()) {
                int v = call.peek();
                if (edge[v] < parents[v].length) {
                    int w = parents[v][edge[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        call.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                call.pop();
                if (!call.isEmpty()) {
                    int u = call.peek();
                    low[u] = Math.min(low[u], low[v]);
                }
                if (low[v] == index[v]) {
                    int start = sp;
                    do {
                        onStack[stack[--start]] = false;
                    } while (stack[start] != v);
                    result.add(Arrays.copyOfRange(stack, start, sp));
                    sp = start;
                }
            }
        }
        return result;
    }

    /** A shortest loop through the component's smallest id, found breadth first. */
    private List<String> loop(int[] component) {
        boolean[] member = new boolean[ids.size()];
        int start = component[0];
        for (int c : component) {
            member[c] = true;
            if (ids.get(c).compareTo(ids.get(start)) < 0) {
                start = c;
            }
        }
        Map<Integer, Integer> prev = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        prev.put(start, -1);
        int last = start;
        search:
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int p : parents[v]) {
                if (p == start) {
                    last = v;
                    break search;
                }
                if (member[p] && !prev.containsKey(p)) {
                    prev.put(p, v);
                    queue.add(p);
                }
            }
        }
        List<String> path = new ArrayList<>();
        for (int v = last; v != -1; v = prev.get(v)) {
            path.add(ids.get(v));
        }
        Collections.reverse(path);
        path.add(ids.get(start));
        return path;
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }
}
