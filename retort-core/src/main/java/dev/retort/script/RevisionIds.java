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

    /** Identifier words (DESIGN §4): a revision or label of that name would be shadowed by them. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("base", "head", "heads");

    /**
     * Why Retort's identifier syntax would misread {@code name} (a revision id, or with
     * {@code label} a branch label), or null when it would not: the words base, head and heads;
     * '@', ':', '+' and ',' (label@rev, from:to, rev+1, lists); a leading '.' or '-' (a hidden
     * file, a relative step); '..'; whitespace and control characters. Existing files are judged
     * by this alone, so ids such as Alembic's hex and 20251011_admin_chat stay valid.
     */
    public static String misread(String name, boolean label) {
        String what = label ? "branch label" : "revision id";
        if (name.isEmpty()) {
            return what + " is empty";
        }
        if (isPlain(name) && !RESERVED.contains(name)) {
            return null; // ASCII letters, digits and '_' (the ids of nearly every file): nothing to misread
        }
        String shown = "'" + escape(name) + "'";
        if (RESERVED.contains(name)) {
            return what + " " + shown + " is a reserved word: '" + name + "' always means "
                    + (name.equals("base") ? "the empty database" : name.equals("head") ? "the newest revision" : "all newest revisions")
                    + ", so this " + what + " could never be named";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029') {
                return what + " " + shown + " contains the control character U+" + String.format("%04X", (int) c);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return what + " " + shown + " contains whitespace";
            }
            if (c == '@' || c == ':' || c == '+' || c == ',' || (c == '-' && !label)) {
                return what + " " + shown + " contains '" + c + "', which identifiers use as syntax "
                        + "(label@rev, from:to, rev+1, rev-1, lists)";
            }
        }
        if (name.startsWith(".") || name.startsWith("-")) {
            return what + " " + shown + " starts with '" + name.charAt(0) + "' (a hidden file name, or a relative step)";
        }
        if (name.contains("..")) {
            return what + " " + shown + " contains '..' (read as a path)";
        }
        return null;
    }

    private static boolean isPlain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Why {@code id} cannot be a new revision's id (its characters, then {@link #misread}), or null. */
    public static String idProblem(String id) {
        String misread = misread(id, false);
        if (misread != null) {
            return misread;
        }
        return isValidId(id) ? null : "revision id '" + escape(id) + "' may contain only letters, digits, '_' and '.'";
    }

    /** As {@link #idProblem} for a new branch label, which may also hold '-'. */
    public static String labelProblem(String label) {
        String misread = misread(label, true);
        if (misread != null) {
            return misread;
        }
        return isValidLabel(label) ? null
                : "branch label '" + escape(label) + "' may contain only letters, digits, '_', '.' and '-'";
    }

    /** Control characters as \\uXXXX, so that an error line stays one line and no terminal control. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
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
