package dev.retort.script;

import dev.retort.RetortException;
import java.util.Locale;

/**
 * Characters that must not pass from user text into SQL comments or a terminal: C0 controls,
 * DEL, C1 controls (U+0085 among them) and the line and paragraph separators U+2028/U+2029.
 * A carriage return ends a {@code --} comment for psql; ESC and CSI drive terminals. New text
 * holding one is refused ({@link #require}); text read from existing files or a database is
 * shown with them escaped ({@link #escape}), as {@code \r}, {@code \n}, {@code \t} or
 * {@code \}{@code u0085}.
 */
public final class ControlChars {
    private ControlChars() {}

    /** Whether {@code cp} is one of the characters this class keeps out. */
    public static boolean isControl(int cp) {
        return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029;
    }

    /** The index of the first control character other than those in {@code allowed}, or -1. */
    public static int find(String s, String allowed) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c) && allowed.indexOf(c) < 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} with every control character escaped, newlines and tabs included: one line. */
    public static String escape(String s) {
        return escape(s, "");
    }

    /** {@code s} with every control character escaped except those in {@code keep} (e.g. "\n\t"). */
    public static String escape(String s, String keep) {
        if (s == null || find(s, keep) < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c) || keep.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append(name(c));
            }
        }
        return out.toString();
    }

    /**
     * Refuses new text holding a control character other than those in {@code allowed}: the
     * usage error names {@code what}, the character and its position.
     */
    public static void require(String what, String value, String allowed) {
        int at = find(value, allowed);
        if (at >= 0) {
            throw RetortException.usage(what + " holds the control character " + name(value.charAt(at)) + " at position "
                    + (at + 1) + ": '" + escape(value) + "'",
                    "remove it: control characters would end a comment line in SQL scripts or drive the terminal");
        }
    }

    private static String name(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
        };
    }
}
