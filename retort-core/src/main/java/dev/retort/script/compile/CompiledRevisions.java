package dev.retort.script.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;

/**
 * The result of compiling revision files: each file's revision, the class loader that holds
 * them (close it when done), and how many files had to be compiled (0 when all were cached).
 */
public record CompiledRevisions(Map<Path, CompiledRevision> bySource, int compiledFiles, URLClassLoader loader)
        implements AutoCloseable {

    public CompiledRevision get(Path source) {
        return bySource.get(source);
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
