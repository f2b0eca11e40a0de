package dev.retort.schema.render;

import dev.retort.schema.diff.SchemaDiff;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.DdlExecutor;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.dialect.ddl.Step;
import dev.retort.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The upgrade and downgrade sections of a generated SQL revision: each operation's statements,
 * preceded by its {@code REVIEW:} note. SQLite rebuilds a table for most changes, and a rebuild
 * is written from the table's current definition, so there the operations are played on an
 * in-memory copy of the database's schema and the SQL is taken as they run.
 */
public final class SqlBodies {
    /** The two sections' text. */
    public record Bodies(String upgrade, String downgrade) {}

    private SqlBodies() {}

    /**
     * {@code current} is the database the revision will run on (read only; SQLite's schema is
     * copied from it); other databases render offline and need none (null).
     */
    public static Bodies render(Dialect dialect, List<Operation> upgrade, Connection current) {
        DdlRenderer renderer = dialect.ddl();
        List<Operation> downgrade = SchemaDiff.downgrade(upgrade);
        if (!dialect.rendersBodiesOnline()) {
            return new Bodies(text(upgrade, renderer::renderOffline), text(downgrade, renderer::renderOffline));
        }
        try (Connection copy = dialect.schemaRules().copyForRendering(current)) {
            Played played = op -> play(renderer, copy, op);
            return new Bodies(text(upgrade, played), text(downgrade, played));
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot copy the SQLite schema to write the revision: "
                    + e.getMessage(), "check that the database file is readable", e);
        }
    }

    private interface Played {
        List<String> sql(Operation op);
    }

    private static String text(List<Operation> ops, Played played) {
        StringBuilder sb = new StringBuilder();
        for (Operation op : ops) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            String note = Review.note(op);
            if (note != null) {
                sb.append("-- ").append(note).append('\n');
            }
            for (String sql : played.sql(op)) {
                sb.append(sql).append(";\n");
            }
        }
        return sb.toString().stripTrailing();
    }

    /** Runs the operation on the copy and returns its statements; the rebuild's own row checks are left out. */
    private static List<String> play(DdlRenderer renderer, Connection copy, Operation op) {
        List<Step> steps = renderer.render(op, copy);
        DdlExecutor.execute(copy, steps, sql -> { });
        List<String> out = new ArrayList<>();
        for (Step s : steps) {
            if (!s.isCheck()) {
                out.add(s.sql());
            }
        }
        return out;
    }
}
