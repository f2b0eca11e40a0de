package dev.retort;

import java.util.List;

/**
 * What autogenerate found between the database at head and the model, and the revision bodies
 * that apply it: {@code upgrade} and {@code downgrade} are empty when there are no changes (and
 * {@code downgrade} is empty for Java revisions, whose downgrade is derived).
 */
public record AutogenerateResult(List<SchemaChange> changes, List<String> notes, String upgrade, String downgrade) {
    public AutogenerateResult {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
