package dev.retort.script;

import java.util.List;

/**
 * The metadata of one revision, as its header declares it. Pure data: the revision graph is
 * built from a list of these and nothing else. {@code source} is null for revisions that were
 * not read from a file (tests, revisions compiled into an application). Control characters in
 * the text (a carriage return in a message, ESC in a label) are held escaped, so that no reader's
 * output can end a SQL comment line or drive a terminal wherever it is shown; a message keeps its
 * line breaks and tabs.
 */
public record RevisionHeader(
        String id,
        List<String> revises,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        String createDate,
        Source source) {

    public RevisionHeader {
        id = ControlChars.escape(id);
        revises = escaped(revises);
        branchLabels = escaped(branchLabels);
        dependsOn = escaped(dependsOn);
        message = message == null ? "" : ControlChars.escape(message, "\n\t");
        createDate = createDate == null ? "" : ControlChars.escape(createDate);
    }

    private static List<String> escaped(List<String> values) {
        for (String v : values) {
            if (ControlChars.find(v, "") >= 0) {
                return values.stream().map(ControlChars::escape).toList();
            }
        }
        return List.copyOf(values); // nothing to escape, the usual case: no stream per list
    }

    /** A revision with only an id and parents, for tests and generated graphs. */
    public static RevisionHeader of(String id, String... revises) {
        return new RevisionHeader(id, List.of(revises), List.of(), List.of(), "", "", null);
    }

    public RevisionHeader withLabels(String... labels) {
        return new RevisionHeader(id, revises, List.of(labels), dependsOn, message, createDate, source);
    }

    public RevisionHeader withDependsOn(String... deps) {
        return new RevisionHeader(id, revises, branchLabels, List.of(deps), message, createDate, source);
    }

    public boolean isMerge() {
        return revises.size() > 1;
    }

    public boolean isBase() {
        return revises.isEmpty();
    }

    /** "file:line" of the given header key, or the id when the revision has no file. */
    public String where(String key) {
        return source == null ? id : source.path() + ":" + source.line(key);
    }
}
