package dev.retort.lint.sql;

import dev.retort.lint.Allowances;
import dev.retort.lint.RevisionSteps;
import dev.retort.lint.Step;
import dev.retort.RetortException;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.engine.PortableSql;
import dev.retort.engine.SqlSections;
import dev.retort.script.RevisionHeader;
import dev.retort.script.SqlRevisionReader;
import dev.retort.script.SqlScript;
import dev.retort.script.TransactionMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** SQL revisions for lint: the upgrade's statements, split with the dialect's lexer and classified. */
public final class SqlRevisions {
    private SqlRevisions() {}

    /** {@code dialect}: the database linted for (its sections are read), or null for the generic sections. */
    public static RevisionSteps read(RevisionHeader header, Dialect dialect, SqlSyntax syntax) {
        Path path = header.source().path();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot read " + path + ": " + e.getMessage(),
                    "check that the file exists and is readable", e);
        }
        SqlScript parsed = SqlRevisionReader.parse(path, text);
        SqlScript script = dialect != null ? SqlSections.select(parsed, dialect)
                : parsed.upgrade().isPresent() ? parsed : SqlSections.select(parsed, firstSection(parsed));
        SqlClassifier classifier = new SqlClassifier(syntax);
        List<Step> steps = new ArrayList<>();
        SqlScript.Section up = script.upgrade();
        for (SqlStatement s : SqlSplitter.split(up.sql(), syntax, path.toString(), up.startLine())) {
            steps.addAll(classifier.classify(s));
        }
        RevisionHeader r = script.revision();
        RevisionSteps.Downgrade downgrade;
        SqlScript.Section down = script.downgrade();
        if (!down.isPresent()) {
            downgrade = new RevisionSteps.Downgrade(RevisionSteps.Downgrade.State.MISSING, r.source().line("revision"),
                    "the file has no '-- +downgrade' section");
        } else if (down.isBlank()) {
            downgrade = new RevisionSteps.Downgrade(RevisionSteps.Downgrade.State.EMPTY, down.markerLine(),
                    "the '-- +downgrade' section is empty");
        } else {
            downgrade = RevisionSteps.Downgrade.present();
        }
        return new RevisionSteps(r, path, steps, downgrade, script.transaction() == TransactionMode.NONE,
                Allowances.inSql(text), null, 0);
    }

    /** The statements of the revision that a database {@code targets} lists will refuse. */
    public static List<PortableSql.Problem> portability(RevisionHeader header, PortableSql.Targets targets) {
        if (!targets.active()) {
            return List.of();
        }
        Path path = header.source().path();
        try {
            return PortableSql.check(SqlRevisionReader.parse(path, Files.readString(path, StandardCharsets.UTF_8)), targets);
        } catch (IOException e) {
            return List.of(); // read() has reported the file already
        }
    }

    /** Without a database to lint for, a file with per-database sections only is read as its first one's. */
    private static Dialect firstSection(SqlScript script) {
        return SqlSections.databases(script).values().iterator().next();
    }
}
