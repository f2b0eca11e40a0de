package dev.retort;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code init} did.
 *
 * @param root the project folder
 * @param created the folders and files it created, in order (folders only when new)
 * @param gitignore the .gitignore it created or added to, or null when it had every line already
 * @param gitignoreExisted whether that .gitignore was there before
 * @param ignored the lines it added to .gitignore
 */
public record InitResult(Path root, List<Path> created, Path gitignore, boolean gitignoreExisted, List<String> ignored) {
    public InitResult {
        created = List.copyOf(created);
        ignored = List.copyOf(ignored);
    }
}
