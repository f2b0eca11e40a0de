package dev.retort;

import dev.retort.script.ControlChars;

/** Text from files, databases or drivers made safe to print: control characters escaped, so it can never drive a terminal. */
public final class TerminalText {
    private TerminalText() {}

    /** {@code s} with every control character escaped (line breaks too: the result is one line). */
    public static String escape(String s) {
        return ControlChars.escape(s);
    }

    /** As {@link #escape(String)}, keeping the characters in {@code keep} (e.g. "\n\t"). */
    public static String escape(String s, String keep) {
        return ControlChars.escape(s, keep);
    }
}
