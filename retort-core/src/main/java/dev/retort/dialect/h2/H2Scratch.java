package dev.retort.dialect.h2;

import dev.retort.dialect.ScratchGuard;
import dev.retort.dialect.ScratchGuard.Verdict;
import dev.retort.dialect.sql.SqlToken;
import java.util.List;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ScratchFactory;
import dev.retort.dialect.ScratchSpace;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** H2 scratch databases: in memory, with the url's compatibility settings, gone with their last connection. */
final class H2Scratch implements ScratchFactory {

    @Override
    public ScratchSpace create(Dialect dialect, String url, ScratchSpace.Connector connector) throws SQLException {
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
        String scratchUrl = "jdbc:h2:mem:" + ScratchSpace.PREFIX + random + h2Settings(url);
        ConnectionOpener opener = connector.at(scratchUrl);
        Connection keep = opener.open(); // the database lives as long as a connection does
        return ScratchSpace.of(dialect, scratchUrl, opener, null, "in-memory H2 database", keep::close);
    }

    /**
     * The settings of an H2 url (MODE=PostgreSQL, ...), so the scratch database reads the same SQL;
     * not those that name files, users or scripts (INIT would run a script when it opens).
     */
    static String h2Settings(String url) {
        int semi = url == null ? -1 : url.indexOf(';');
        StringBuilder out = new StringBuilder();
        if (semi >= 0) {
            for (String part : url.substring(semi + 1).split(";")) {
                String key = part.contains("=") ? part.substring(0, part.indexOf('=')).strip().toUpperCase(Locale.ROOT) : "";
                if (!part.isBlank() && !Set.of("DB_CLOSE_DELAY", "USER", "PASSWORD", "INIT", "AUTO_SERVER",
                        "AUTO_SERVER_PORT", "IFEXISTS", "CIPHER", "FILE_LOCK", "ACCESS_MODE_DATA").contains(key)) {
                    out.append(';').append(part);
                }
            }
        }
        return out.toString();
    }

    /** The commands and functions that read or write files or run code are refused. */
    @Override
    public Verdict verdict(ScratchGuard guard, String sql, List<SqlToken> t) {
        if (ScratchGuard.first(t, "RUNSCRIPT", "BACKUP") || t.get(0).isWord("SCRIPT") && ScratchGuard.has(t, false, "TO")) {
            return Verdict.refuse(ScratchGuard.word(t, 0) + " reads or writes files");
        }
        if (t.get(0).isWord("CREATE") && (ScratchGuard.has(t, false, "LINKED") || ScratchGuard.word(t, 1).equals("ALIAS")
                || ScratchGuard.word(t, 1).equals("TRIGGER") && ScratchGuard.has(t, false, "AS"))) {
            return Verdict.refuse("CREATE " + (ScratchGuard.has(t, false, "LINKED") ? "LINKED TABLE reaches another database"
                    : ScratchGuard.word(t, 1) + " runs Java code"));
        }
        if (ScratchGuard.has(t, true, "LINK_SCHEMA", "CSVWRITE", "CSVREAD", "FILE_READ", "FILE_WRITE")) {
            return Verdict.refuse("this function reads or writes files or other databases");
        }
        return Verdict.run(sql);
    }
}
