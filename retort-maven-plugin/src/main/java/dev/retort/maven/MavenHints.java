package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's hints name command lines ({@code 'retort repair --accept-checksums'}); in a build
 * the same advice is a goal and its parameters ({@code 'mvn retort:repair -Dretort.acceptChecksums'}).
 * A command with an option no goal takes (e.g. {@code history -r}) is left as it is.
 */
final class MavenHints {
    private static final Pattern COMMAND = Pattern.compile(
            "'retort (upgrade|downgrade|stamp|repair|current|history|doctor|lint|verify|check|revision)((?: [^' ]+)*)'");
    /** Options that take the next word as their value. */
    private static final Set<String> VALUED = Set.of("finished", "from", "message");
    /** Goals whose positional argument is retort.target. */
    private static final Set<String> TARGETED = Set.of("upgrade", "downgrade", "stamp");

    private MavenHints() {}

    static String translate(String hint) {
        Matcher m = COMMAND.matcher(hint);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words = m.group(2).strip();
            String goal = goal(m.group(1), words.isEmpty() ? List.of() : List.of(words.split(" ")));
            m.appendReplacement(out, Matcher.quoteReplacement(goal == null ? m.group() : "'" + goal + "'"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "mvn retort:GOAL -Dretort.name[=value] ...", or null where a word has no parameter to go to. */
    private static String goal(String command, List<String> words) {
        List<String> parts = new ArrayList<>(List.of("mvn retort:" + command));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("--")) {
                String name = camel(w.substring(2));
                boolean valued = VALUED.contains(name) && i + 1 < words.size();
                parts.add("-Dretort." + name + (valued ? "=" + words.get(++i) : ""));
            } else if (w.matches("-[A-Za-z].*") || !TARGETED.contains(command)) {
                return null; // a short option (-r, -m, ...) or an argument the goal has no parameter for
            } else {
                parts.add("-Dretort.target=" + w);
            }
        }
        return String.join(" ", parts);
    }

    private static String camel(String option) {
        StringBuilder s = new StringBuilder();
        boolean upper = false;
        for (char c : option.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return s.toString();
    }
}
