package dev.retort.doctor.repair;

import java.util.Arrays;

/** Maps character offsets to 1-based line numbers (\n, \r\n and a lone \r all end a line). */
final class LineIndex {
    private final int[] starts;
    private final int count;

    LineIndex(String s) {
        int[] a = new int[16];
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                if (n == a.length) {
                    a = Arrays.copyOf(a, n * 2);
                }
                a[n++] = i + 1;
            }
        }
        this.starts = a;
        this.count = n;
    }

    int line(int offset) {
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    int lines() {
        return count;
    }

    int start(int line) {
        return starts[line - 1];
    }
}
