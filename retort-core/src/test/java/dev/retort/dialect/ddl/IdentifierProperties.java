package dev.retort.dialect.ddl;

import dev.retort.dialect.registry.Dialects;
import static dev.retort.Type.INTEGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any name survives quoting: the catalog shows exactly the table and column the revision named. */
class IdentifierProperties {

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("aZ_ \"'`;-()[]é.*%\\").withCharRange('a', 'c').ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.toLowerCase().startsWith("sqlite_") && !s.isBlank());
    }

    @Property(tries = 60)
    void anyTableAndColumnNameRoundTripsOnSqliteAndH2(@ForAll("names") String table, @ForAll("names") String column)
            throws SQLException {
        for (String url : List.of("jdbc:sqlite::memory:", "jdbc:h2:mem:")) {
            try (Connection c = DriverManager.getConnection(url)) {
                DdlRenderer ddl = Dialects.named(url.split(":")[1]).ddl();
                new DdlExecutor(ddl, c, s -> {}).upgrade(op -> {
                    op.createTable(table, t -> t.column(column, INTEGER));
                    op.createIndex(table + column, table, column);
                });
                // catalog queries, not DatabaseMetaData: sqlite-jdbc's getColumns breaks on such names
                String sql = url.contains("sqlite")
                        ? "SELECT m.name AS TABLE_NAME, p.name AS COLUMN_NAME FROM sqlite_master m, pragma_table_info(m.name) p"
                        : "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'";
                try (var rs = c.createStatement().executeQuery(sql)) {
                    boolean found = false;
                    while (rs.next()) {
                        found |= rs.getString("TABLE_NAME").equals(table) && rs.getString("COLUMN_NAME").equals(column);
                    }
                    assertThat(found).as(url + " table [" + table + "] column [" + column + "]").isTrue();
                }
            }
        }
    }
}
