package dev.retort.script;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The syntax of revision ids and branch labels (DESIGN §3), and the shape of header errors. */
public final class RevisionIds {
    private RevisionIds() {}

    /** Letters, digits, '_' and '.'; no length limit. */
    public static boolean isValidId(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Labels may also hold '-'; never '@', ':' or spaces, which identifiers use as syntax. */
    public static boolean isValidLabel(String label) {
        return !label.isEmpty() && isValidId(label.replace('-', '_'));
    }

    /** "FILE:LINE: what" with a hint, kind USAGE: the one shape of a malformed revision file. */
    public static RetortException malformed(Path path, int line, String what, String hint) {
        return RetortException.usage(path + ":" + line + ": " + what, hint);
    }

    /**
     * Splits a comma-separated list and checks each entry; {@code field} names the header key in
     * errors. Empty text is the empty list.
     */
    static List<String> splitList(String text, Path path, int line, String field, boolean labels) {
        List<String> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        for (String part : text.split(",", -1)) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                throw malformed(path, line, "empty entry in '" + field + ": " + text.strip() + "'",
                        "separate the entries with single commas: a, b");
            }
            check(entry, path, line, field, labels);
            out.add(entry);
        }
        return out;
    }

    static void check(String entry, Path path, int line, String field, boolean labels) {
        if (labels ? !isValidLabel(entry) : !isValidId(entry)) {
            String allowed = labels ? "letters, digits, '_', '.' and '-'" : "letters, digits, '_' and '.'";
            throw malformed(path, line, field + " '" + entry + "' may contain only " + allowed,
                    "rename it; ids and labels are also typed on the command line, where other characters have meanings");
        }
    }
}
