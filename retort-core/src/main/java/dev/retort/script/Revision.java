package dev.retort.script;

import java.util.List;

/**
 * The metadata of one revision, as its header declares it. Pure data: the revision graph is
 * built from a list of these and nothing else. {@code source} is null for revisions that were
 * not read from a file (tests, revisions compiled into an application).
 */
public record Revision(
        String id,
        List<String> revises,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        String createDate,
        Source source) {

    public Revision {
        revises = List.copyOf(revises);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
        createDate = createDate == null ? "" : createDate;
    }

    /** A revision with only an id and parents, for tests and generated graphs. */
    public static Revision of(String id, String... revises) {
        return new Revision(id, List.of(revises), List.of(), List.of(), "", "", null);
    }

    public Revision withLabels(String... labels) {
        return new Revision(id, revises, List.of(labels), dependsOn, message, createDate, source);
    }

    public Revision withDependsOn(String... deps) {
        return new Revision(id, revises, branchLabels, List.of(deps), message, createDate, source);
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
