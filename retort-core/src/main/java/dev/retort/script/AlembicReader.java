package dev.retort.script;

import java.nio.file.Path;

/**
 * Reads an Alembic revision script (*.py) as text: never executes Python. (Stub: lands with doctor.)
 */
public final class AlembicReader {
    private AlembicReader() {}

    /**
     * Parses {@code content} of {@code path}. Throws {@link dev.retort.RetortException} of kind USAGE
     * with a "FILE:LINE: what is wrong" message for a malformed header.
     */
    public static Revision read(Path path, String content) {
        throw new UnsupportedOperationException("Alembic reader not implemented yet: " + path);
    }
}
