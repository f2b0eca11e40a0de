package dev.retort.dialect.ddl;

import dev.retort.RetortException;
import dev.retort.Migration;
import dev.retort.Operation;
import dev.retort.OperationSink;
import dev.retort.StandardOps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a Java revision on a connection: each operation is rendered and executed as soon as the
 * revision performs it, so that {@code op.connection()} sees the schema the operations before
 * it left. Transactions are the caller's: this only executes statements.
 */
public final class DdlExecutor implements OperationSink {
    private final DdlRenderer renderer;
    private final Connection connection;
    private final Consumer<String> log;
    private final Map<String, String> x;

    /** {@code log} receives each statement before it runs (for {@code -v}); may be a no-op. */
    public DdlExecutor(DdlRenderer renderer, Connection connection, Consumer<String> log) {
        this(renderer, connection, log, Map.of());
    }

    /** {@code x}: the run's {@code -x} arguments, which revisions read with {@code op.x(key)}. */
    public DdlExecutor(DdlRenderer renderer, Connection connection, Consumer<String> log, Map<String, String> x) {
        this.renderer = renderer;
        this.connection = connection;
        this.log = log;
        this.x = Collections.unmodifiableMap(new LinkedHashMap<>(x));
    }

    public void upgrade(Migration migration) {
        migration.upgrade(new StandardOps(this, x));
    }

    public void downgrade(Migration migration) {
        migration.downgrade(new StandardOps(this, x));
    }

    @Override
    public void accept(Operation operation) {
        execute(connection, renderer.render(operation, connection), log);
    }

    @Override
    public Connection connection() {
        return connection;
    }

    /**
     * Executes steps in order. When one fails, the SQL that earlier steps registered for failure
     * (a rebuild's own ROLLBACK, re-enabling foreign keys) runs last-first, then the error is
     * thrown as FAILED naming the statement, with the SQLException as its cause.
     */
    public static void execute(Connection c, List<Step> steps, Consumer<String> log) {
        Deque<String> onFailure = new ArrayDeque<>();
        for (Step step : steps) {
            log.accept(step.sql());
            try {
                run(c, step);
            } catch (SQLException | RuntimeException e) {
                undo(c, onFailure);
                if (e instanceof RetortException re) {
                    throw re;
                }
                throw new RetortException(RetortException.Kind.FAILED, "statement failed: " + firstLine(step.sql())
                        + ": " + e.getMessage(), "fix the revision, or the data it runs on, and run it again", e);
            }
            if (step.settles()) {
                onFailure.poll();
            }
            if (step.onFailure() != null) {
                onFailure.push(step.onFailure());
            }
        }
    }

    private static void run(Connection c, Step step) throws SQLException {
        if (step.isBatch()) {
            try (PreparedStatement ps = c.prepareStatement(step.sql())) {
                for (List<Object> row : step.rows()) {
                    for (int i = 0; i < row.size(); i++) {
                        if (row.get(i) instanceof Step.Bound b) {
                            ps.setObject(i + 1, b.value(), b.sqlType());
                        } else {
                            ps.setObject(i + 1, row.get(i));
                        }
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } else if (step.isCheck()) {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(step.sql())) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next() && rows.size() < 5) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        values.add(rs.getMetaData().getColumnLabel(i) + "=" + rs.getString(i));
                    }
                    rows.add("(" + String.join(", ", values) + ")");
                }
            }
            if (!rows.isEmpty()) {
                throw new RetortException(RetortException.Kind.FAILED, step.failureMessage() + ": " + String.join(" ", rows),
                        "fix the rows that break the constraint, or the revision, and run it again");
            }
        } else {
            try (Statement s = c.createStatement()) {
                s.execute(step.sql());
            }
        }
    }

    private static void undo(Connection c, Deque<String> onFailure) {
        while (!onFailure.isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.execute(onFailure.pop());
            } catch (SQLException ignored) {
                // the original error is the one worth reporting
            }
        }
    }

    private static String firstLine(String sql) {
        String s = sql.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }
}
