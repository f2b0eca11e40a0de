package dev.retort;

import java.nio.file.Path;

/** What installing the git pre-commit hook did, and where the hook is. */
public record HookResult(Path hook, Outcome outcome) {
    public enum Outcome { CREATED, APPENDED, ALREADY_INSTALLED }
}
