package dev.retort;

import dev.retort.graph.RevisionMap;
import java.util.regex.Pattern;

/**
 * The revision argument of upgrade and downgrade: a target, or with {@code --sql} a range
 * {@code from:to} (revision ids never contain ':'). {@code from} is null when not given.
 */
record Target(String from, String to) {
    private static final Pattern RELATIVE = Pattern.compile("[+-]\\d+$");

    /** A target for a run on a database: ranges only make sense offline. */
    static String online(String target, String command) {
        if (target == null || target.isBlank()) {
            throw RetortException.usage(command + " needs a revision", "e.g. 'retort " + command + " head' or 'retort "
                    + command + " -1'; 'retort history' lists the revisions");
        }
        if (target.contains(":")) {
            throw RetortException.usage("'" + target + "' is a range; ranges are for offline scripts",
                    "add --sql to print the script of the range, or name one target");
        }
        return target.strip();
    }

    /**
     * Resolves a target that does not depend on the database (not relative like -1 or
     * label@+2) before anything connects, so that a typo changes nothing, not even by creating
     * the version tables.
     */
    static void check(RevisionMap map, String target) {
        if (!RELATIVE.matcher(target).find()) {
            map.resolve(target);
        }
    }

    /** {@code [from:]to} for an offline script. */
    static Target offline(String range, String command) {
        String r = range == null ? "" : range.strip();
        int colon = r.indexOf(':');
        if (colon != r.lastIndexOf(':')) {
            throw RetortException.usage("'" + range + "' is not of the form [FROM:]TO", "e.g. 'base:head' or 'ae10:head'");
        }
        String from = colon < 0 ? null : r.substring(0, colon).strip();
        String to = colon < 0 ? r : r.substring(colon + 1).strip();
        if (to.isEmpty()) {
            throw RetortException.usage(command + " --sql needs a target revision in '" + range + "'",
                    "e.g. 'retort " + command + (command.equals("upgrade") ? " base:head --sql'" : " head:base --sql'"));
        }
        return new Target(from == null || from.isEmpty() ? null : from, to);
    }
}
