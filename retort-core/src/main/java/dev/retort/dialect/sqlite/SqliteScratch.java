package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ScratchFactory;
import dev.retort.dialect.ScratchSpace;
import dev.retort.dialect.ScratchSweeper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** SQLite scratch databases: a temporary file named after this process, deleted on close. */
final class SqliteScratch implements ScratchFactory {

    @Override
    public ScratchSpace create(Dialect dialect, String url, ScratchSpace.Connector connector) throws IOException {
        ScratchSweeper.sweepFiles();
        Path file = Files.createTempFile(ScratchSweeper.FILE_PREFIX + ProcessHandle.current().pid() + "-", ".db");
        String scratchUrl = "jdbc:sqlite:" + file;
        return ScratchSpace.of(dialect, scratchUrl, connector.at(scratchUrl), null, "temporary SQLite database",
                () -> ScratchSweeper.deleteFiles(file));
    }
}
