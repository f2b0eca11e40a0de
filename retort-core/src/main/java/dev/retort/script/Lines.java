package dev.retort.script;

import java.util.ArrayList;
import java.util.List;

/** Line splitting that accepts LF and CRLF and ignores a leading byte-order mark. */
final class Lines {
    private Lines() {}

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            out.add(text.substring(pos, end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty() && text.endsWith("\n")) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
