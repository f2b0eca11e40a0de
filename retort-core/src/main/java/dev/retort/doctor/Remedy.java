package dev.retort.doctor;

import java.nio.file.Path;
import java.util.List;

/**
 * What a repair does for one finding: a few actions applied all together or not at all.
 * {@code reshape} marks remedies that change the graph's shape (chaining roots, joining heads);
 * they wait until the local fixes (parents, copies, names) have settled.
 */
public record Remedy(List<Action> actions, boolean reshape) {
    public Remedy {
        actions = List.copyOf(actions);
    }

    public static Remedy local(Action... actions) {
        return new Remedy(List.of(actions), false);
    }

    public static Remedy reshape(List<Action> actions) {
        return new Remedy(actions, true);
    }

    public sealed interface Action {
        /** The file the action changes (or creates). */
        Path file();
    }

    /** Make every parent list of the revision in {@code file} say {@code parents}. */
    public record SetParents(Path file, List<String> parents) implements Action {}

    public record SetDependsOn(Path file, List<String> dependsOn) implements Action {}

    /** Make a file's copies (the Alembic docstring) agree with its code. */
    public record SyncCopies(Path file) implements Action {}

    /** Make the revision in {@code file} declare {@code id} (its variable and its docstring copy). */
    public record SetId(Path file, String id) implements Action {}

    public record Rename(Path file, Path target) implements Action {}

    public record CreateFile(Path file, String content) implements Action {}
}
