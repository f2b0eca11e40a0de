package dev.retort.verify;

import dev.retort.RetortException;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.sql.SqlSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Data that proves a revision keeps what it should ({@code --data DIR}): {@code <id>.sql} runs
 * before the revision's upgrade (to seed rows), and the query in {@code <id>.check.sql} must
 * return the same rows after the upgrade and downgrade as it did before them. Both are written
 * against the schema as it is before the revision.
 */
final class DataHooks {
    private final Path dir;
    private final SqlSyntax syntax;

    /** {@code dir} null: no hooks. */
    DataHooks(Path dir, SqlSyntax syntax) {
        this.dir = dir;
        this.syntax = syntax;
        if (dir != null && !Files.isDirectory(dir)) {
            throw RetortException.usage("the data folder " + dir + " does not exist",
                    "name a folder of <revision id>.sql and <revision id>.check.sql files with --data");
        }
    }

    /** Runs {@code <id>.sql} when there is one; the file and line of a failing statement go in the error. */
    void seed(String id, ConnectionOpener opener) throws SQLException {
        Path file = file(id, ".sql");
        if (file == null) {
            return;
        }
        try (Connection c = opener.open(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (SqlStatement st : SqlSplitter.split(read(file), syntax, file.toString(), 1)) {
                try {
                    s.execute(st.sql());
                } catch (SQLException e) {
                    throw new SQLException(file + ":" + st.line() + ": " + e.getMessage(), e.getSQLState(), e);
                }
            }
        }
    }

    /** The rows of {@code <id>.check.sql}'s query, each as "column=value, ...", sorted; empty when there is no check. */
    Optional<List<String>> check(String id, ConnectionOpener opener) throws SQLException {
        Path file = file(id, ".check.sql");
        if (file == null) {
            return Optional.empty();
        }
        List<SqlStatement> statements = SqlSplitter.split(read(file), syntax, file.toString(), 1);
        if (statements.size() != 1) {
            throw RetortException.usage(file + ":1: a check file holds one query, not " + statements.size() + " statements",
                    "write one SELECT whose rows must survive the revision's upgrade and downgrade");
        }
        List<String> rows = new ArrayList<>();
        try (Connection c = opener.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(statements.get(0).sql())) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(i == 1 ? "" : ", ").append(md.getColumnLabel(i)).append('=').append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        } catch (SQLException e) {
            throw new SQLException(file + ":" + statements.get(0).line() + ": " + e.getMessage(), e.getSQLState(), e);
        }
        Collections.sort(rows);
        return Optional.of(rows);
    }

    private Path file(String id, String suffix) {
        if (dir == null) {
            return null;
        }
        Path f = dir.resolve(id + suffix);
        return Files.isRegularFile(f) ? f : null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw RetortException.usage("cannot read " + file + ": " + e.getMessage(), "check the file");
        }
    }
}
