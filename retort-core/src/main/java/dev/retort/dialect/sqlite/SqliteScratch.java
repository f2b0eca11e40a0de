package dev.retort.dialect.sqlite;

import dev.retort.dialect.ScratchGuard;
import dev.retort.dialect.ScratchGuard.Verdict;
import dev.retort.dialect.sql.SqlToken;
import java.util.List;
import java.util.Locale;
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

    /** sqlite3's dot commands (.schema). */
    @Override
    public String clientCommand() {
        return "\\.";
    }

    /** ATTACH of a file and VACUUM INTO are refused. */
    @Override
    public Verdict verdict(ScratchGuard guard, String sql, List<SqlToken> t) {
        if (t.get(0).isWord("ATTACH")) {
            int i = t.size() > 1 && t.get(1).isWord("DATABASE") ? 2 : 1;
            boolean memory = i + 1 < t.size() && t.get(i).kind() == SqlToken.Kind.STRING
                    && (t.get(i).name().equals(":memory:") || t.get(i).name().isEmpty()) && t.get(i + 1).isWord("AS");
            return memory ? Verdict.run(sql) : Verdict.refuse("ATTACH DATABASE of a file reaches past the scratch"
                    + " database (only ':memory:' may be attached)");
        }
        if (t.get(0).isWord("VACUUM") && ScratchGuard.has(t, false, "INTO")) {
            return Verdict.refuse("VACUUM INTO writes a file");
        }
        if (t.get(0).isWord("CREATE") && t.size() > 2 && t.get(1).isWord("TABLE") && t.get(2).name().toLowerCase(Locale.ROOT)
                .matches("sqlite_(sequence|stat\\d)")) {
            return Verdict.SKIP; // sqlite3's .schema prints SQLite's own tables, which SQLite makes itself
        }
        return Verdict.run(sql);
    }
}
