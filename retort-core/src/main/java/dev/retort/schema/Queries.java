package dev.retort.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** The bulk catalog queries of the reflectors: one statement, parameters bound, rows streamed. */
final class Queries {
    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private Queries() {}

    static void run(Connection c, String sql, List<?> params, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    /** {@code " AND column IN (?, ...)"} for the kept tables, or nothing when every table is kept. */
    static String onlyTables(String column, List<String> names) {
        return names.isEmpty() ? "" : " AND " + column + " IN (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    }

    static List<Object> params(Object first, List<String> names) {
        List<Object> out = new java.util.ArrayList<>();
        if (first != null) {
            out.add(first);
        }
        out.addAll(names);
        return out;
    }
}
