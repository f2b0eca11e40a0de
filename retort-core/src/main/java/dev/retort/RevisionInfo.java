package dev.retort;

import java.nio.file.Path;
import java.util.List;

/**
 * One revision as its header declares it. {@code path} and {@code format} are null for a revision
 * compiled into the application. Control characters in the text are held escaped (see
 * {@link TerminalText}); a message keeps its line breaks and tabs.
 */
public record RevisionInfo(
        String id,
        List<String> revises,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        String createDate,
        Path path,
        RevisionFormat format) {

    public RevisionInfo {
        revises = List.copyOf(revises);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    public boolean isMerge() {
        return revises.size() > 1;
    }

    public boolean isBase() {
        return revises.isEmpty();
    }
}
