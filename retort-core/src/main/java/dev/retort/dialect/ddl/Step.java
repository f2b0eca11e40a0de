package dev.retort.dialect.ddl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One thing to do on the connection to perform an operation: a statement, a statement run once
 * per bound row, or a check query whose rows are failures. A step may also register SQL that
 * must run if a later step fails ({@code onFailure}, e.g. ROLLBACK of a rebuild's own
 * transaction), until a step that {@code settles} it.
 */
public record Step(String sql, List<List<Object>> rows, String failureMessage, String onFailure, boolean settles) {

    public Step {
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // rows may hold nulls
        }
        rows = List.copyOf(copy);
    }

    /** A value bound with an explicit JDBC type (java.sql.Types), where the driver's guess is wrong. */
    public record Bound(Object value, int sqlType) {}

    public static Step sql(String sql) {
        return new Step(sql, List.of(), null, null, false);
    }

    /** {@code sql} with {@code ?} placeholders, executed once per row with the row's values bound. */
    public static Step batch(String sql, List<List<Object>> rows) {
        return new Step(sql, rows, null, null, false);
    }

    /** A query that must return no rows; otherwise the step fails with {@code message} and the rows. */
    public static Step check(String sql, String message) {
        return new Step(sql, List.of(), message, null, false);
    }

    public boolean isBatch() {
        return !rows.isEmpty();
    }

    public boolean isCheck() {
        return failureMessage != null;
    }

    public Step withOnFailure(String sql) {
        return new Step(this.sql, rows, failureMessage, sql, settles);
    }

    public Step settling() {
        return new Step(sql, rows, failureMessage, onFailure, true);
    }

    @Override
    public String toString() {
        return sql;
    }
}
