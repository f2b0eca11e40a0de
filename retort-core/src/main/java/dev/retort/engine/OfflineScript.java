package dev.retort.engine;

import dev.retort.Direction;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.script.ControlChars;
import dev.retort.script.TransactionMode;
import java.util.List;

/**
 * Renders a plan as one SQL script for a DBA to run, without connecting: the version tables'
 * CREATE IF NOT EXISTS, transaction boundaries as the modes say, a "-- Running upgrade A -> B"
 * comment before each revision, and the version-row INSERT/DELETE with literal values (a script
 * cannot bind parameters). On databases whose DDL commits on its own there are no boundaries.
 */
public final class OfflineScript {
    private final Dialect dialect;
    private final VersionTableNames names;
    private final RetortConfig.Transaction runMode;
    private final String appliedBy;
    private final StringBuilder out = new StringBuilder();
    private boolean open;

    private OfflineScript(Dialect dialect, VersionTableNames names, RetortConfig.Transaction runMode, String appliedBy) {
        this.dialect = dialect;
        this.names = names;
        this.runMode = runMode;
        this.appliedBy = appliedBy;
    }

    /** The script that applies {@code plan} (in order) on a database of {@code dialect}. */
    public static String render(Dialect dialect, VersionTableNames names, Direction direction,
            List<RevisionScript> plan, RetortConfig.Transaction runMode, String appliedBy) {
        TransactionChecks.refuse(dialect, direction, plan); // the script wraps each revision in BEGIN/COMMIT
        OfflineScript s = new OfflineScript(dialect, names, runMode, appliedBy);
        s.write(direction, plan);
        return s.out.toString();
    }

    private void write(Direction direction, List<RevisionScript> plan) {
        out.append("-- Retort ").append(direction.text()).append(" script for ").append(dialect.name())
                .append(", ").append(plan.size()).append(plan.size() == 1 ? " revision" : " revisions").append("\n");
        if (!dialect.transactionalDdl()) {
            out.append("-- ").append(dialect.name())
                    .append(" commits each DDL statement on its own: this script has no transaction boundaries\n");
        }
        out.append("\n");
        for (String ddl : VersionTables.ddl(dialect, names)) {
            statement(ddl);
        }
        for (RevisionScript s : plan) {
            revision(direction, s);
        }
        end();
    }

    private void revision(Direction direction, RevisionScript s) {
        boolean atomic = dialect.transactionalDdl() && s.mode() != TransactionMode.NONE;
        if (!atomic) {
            end(); // Transaction: none runs outside the run's transaction
        } else if (!open) {
            out.append("\n").append(dialect.beginTransaction()).append(";\n");
            open = true;
        }
        // the comment must end where this line ends: a CR, U+2028 or any control character in a
        // message is escaped, or psql would run what follows it
        String describe = Steps.of(direction, s).describe().replace("\n", " ");
        out.append("\n-- Running ").append(ControlChars.escape(describe)).append("\n\n");
        String sql = direction == Direction.UPGRADE ? s.upgradeSql() : s.downgradeSql();
        int line = direction == Direction.UPGRADE ? s.upgradeLine() : s.downgradeLine();
        for (SqlStatement st : SqlSplitter.split(sql, dialect.syntax(), s.file(), line)) {
            statement(st.sql());
        }
        out.append("\n");
        String version = dialect.qualify(names.schema(), names.table());
        if (direction == Direction.UPGRADE) {
            statement("INSERT INTO " + version + " (" + VersionTables.columns(dialect, VersionTables.COLUMNS)
                    + ") VALUES (" + dialect.literal(s.id()) + ", " + dialect.literal(s.checksum()) + ", "
                    + dialect.currentTimestamp() + ", " + dialect.literal(appliedBy) + ", NULL, 'applied', NULL, NULL, NULL)");
        } else {
            statement("DELETE FROM " + version + " WHERE " + dialect.quote("id") + " = " + dialect.literal(s.id()));
        }
        statement("INSERT INTO " + dialect.qualify(names.schema(), names.logTable()) + " ("
                + VersionTables.columns(dialect, VersionTables.LOG_COLUMNS) + ") VALUES (" + dialect.literal(s.id())
                + ", " + dialect.literal(direction.text()) + ", " + dialect.literal(s.checksum()) + ", "
                + dialect.currentTimestamp() + ", " + dialect.literal(appliedBy) + ", NULL, NULL, NULL)");
        if (atomic && runMode != RetortConfig.Transaction.ALL) {
            end();
        }
    }

    private void end() {
        if (open) {
            out.append("\nCOMMIT;\n");
            open = false;
        }
    }

    /**
     * Writes one statement with its terminator. A MySQL routine body keeps its inner semicolons
     * behind a DELIMITER change; a trailing line comment gets the terminator on a line of its own.
     */
    private void statement(String sql) {
        if (dialect.syntax().delimiterCommand() && sql.contains(";")) {
            out.append("DELIMITER //\n").append(sql).append("\n//\nDELIMITER ;\n");
            return;
        }
        String last = sql.substring(sql.lastIndexOf('\n') + 1);
        out.append(sql).append(last.contains("--") || last.contains("#") ? "\n;\n" : ";\n");
    }
}
